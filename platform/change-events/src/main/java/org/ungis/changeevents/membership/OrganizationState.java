package org.ungis.changeevents.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ungis.changeevents.AggregateState;

/**
 * Payload of every {@code org.ungis.membership.organization.*} and {@code ...post.*} event: the
 * organization's whole state after the change, with its participation in UNGIS over time and
 * the posts it holds or held.
 */
public record OrganizationState(
        String id,
        String acronym,
        String name,
        String classification,
        String website,
        List<Alias> aliases,
        List<Identifier> identifiers,
        /** MEMBER or OBSERVER today, null when not participating. */
        String status,
        List<ParticipationPeriod> participation,
        List<Post> posts,
        Instant createdAt,
        Instant updatedAt,
        long version) implements AggregateState {

    /** A former acronym or name, or another name it is known by; lookups by it still answer. */
    public record Alias(String value, String kind) {
    }

    /** An identifier in an external scheme, e.g. (IATI, XM-DAC-41114) or (WIKIDATA, Q8620). */
    public record Identifier(String scheme, String value) {
    }

    /** {@code since} null: start not recorded; {@code until} (exclusive) null: ongoing. */
    public record ParticipationPeriod(String status, LocalDate since, LocalDate until) {
    }

    /**
     * A term in a post, [termStart, termEnd]: termStart null when not recorded, termEnd null for a
     * permanent post; precision DAY, MONTH or YEAR says how exactly the dates are known.
     */
    public record Post(String id, String kind, LocalDate termStart, LocalDate termEnd, String precision,
            String onBehalfOf, boolean permanent) {
    }
}
