package org.ungis.changeevents.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.ungis.changeevents.AggregateState;

/**
 * Payload of every {@code org.ungis.events.event.*} event: the event's whole state after the
 * change, with its sessions and outcomes. Organizations are referenced by membership-service id.
 */
public record EventState(
        String id,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        Instant updatedAt,
        long version,
        /** DAY, MONTH or YEAR: how precisely startDate and endDate are known. */
        String datePrecision,
        String series,
        String edition,
        /** IANA time zone id of the place, null when not recorded. */
        String timeZone,
        Location location,
        String description,
        /** The event this one is part of (the 22nd UNGIS meeting during the WSIS+20 High-Level Event). */
        String parentId,
        List<String> organizerIds,
        List<String> participantIds,
        List<Session> sessions,
        List<Outcome> outcomes,
        Instant createdAt) implements AggregateState {

    /** mode IN_PERSON, ONLINE or HYBRID; countryCode ISO 3166-1 alpha-2; any part may be null. */
    public record Location(String city, String countryCode, String venue, String mode) {
    }

    /** A session or segment; date null when not known, times null when not known (local to timeZone). */
    public record Session(String id, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
            List<String> organizerIds, List<String> participantIds, String summary) {
    }

    /**
     * kind DOCUMENT (documentSymbol names a resolutions-service document) or INPUT (points lists its
     * items in order).
     */
    public record Outcome(String id, String kind, String title, String documentSymbol, String summary,
            List<String> points, Instant recordedAt) {
    }
}
