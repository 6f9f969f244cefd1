package org.ungis.changeevents.resolutions;

import java.time.Instant;
import java.time.LocalDate;

import org.ungis.changeevents.AggregateState;

/** Payload of every {@code org.ungis.resolutions.document.*} event. */
public record DocumentState(
        String id,
        String symbol,
        String title,
        String issuingBody,
        String documentType,
        LocalDate adoptedOn,
        Instant updatedAt,
        long version) implements AggregateState {
}
