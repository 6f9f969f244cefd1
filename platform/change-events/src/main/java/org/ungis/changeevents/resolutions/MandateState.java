package org.ungis.changeevents.resolutions;

import java.time.Instant;
import java.time.LocalDate;

import org.ungis.changeevents.AggregateState;

/**
 * Payload of every {@code org.ungis.resolutions.mandate.*} event: a paragraph that tasks a body
 * with a deliverable, due by a date ({@code dueOn}), an event ({@code dueEvent}, in the paragraph's words), or both.
 * {@code status} is OPEN or DELIVERED as recorded; a consumer derives overdue from {@code dueOn}.
 */
public record MandateState(
        String id,
        String documentId,
        /** The paragraph's address, e.g. {@code E/RES/2025/1#para_133} or {@code <document id>#para_133}. */
        String paragraphAddress,
        String taskedBody,
        String deliverable,
        LocalDate dueOn,
        String dueEvent,
        String status,
        LocalDate deliveredOn,
        Instant updatedAt,
        long version,
        /** The event it is due at by events-service's series and edition; both null when not given. */
        String dueEventSeries,
        String dueEventEdition) implements AggregateState {
}
