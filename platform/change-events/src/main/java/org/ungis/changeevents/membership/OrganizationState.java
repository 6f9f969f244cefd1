package org.ungis.changeevents.membership;

import java.time.Instant;

import org.ungis.changeevents.AggregateState;

/** Payload of every {@code org.ungis.membership.organization.*} event. */
public record OrganizationState(
        String id,
        String acronym,
        String name,
        String classification,
        String website,
        Instant updatedAt,
        long version) implements AggregateState {
}
