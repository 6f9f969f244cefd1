package org.ungis.changeevents.events;

import java.time.Instant;
import java.time.LocalDate;

import org.ungis.changeevents.AggregateState;

/** Payload of every {@code org.ungis.events.event.*} event. */
public record EventState(
        String id,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        Instant updatedAt,
        long version) implements AggregateState {
}
