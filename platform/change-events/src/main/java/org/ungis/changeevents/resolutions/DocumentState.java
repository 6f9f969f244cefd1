package org.ungis.changeevents.resolutions;

import java.time.Instant;
import java.time.LocalDate;

import org.ungis.changeevents.AggregateState;

/**
 * Payload of every {@code org.ungis.resolutions.document.*} event. {@code symbol}, {@code number}
 * and {@code title} may each be null (a document is known by at least one of them);
 * {@code latestVersion} is null until the first text is added.
 */
public record DocumentState(
        String id,
        String symbol,
        String title,
        String issuingBody,
        String documentType,
        LocalDate adoptedOn,
        /** The number given by the issuing body, for documents without a UN symbol (ITU PP Resolution 140). */
        String number,
        String session,
        /** ADOPTED or WITHDRAWN. */
        String status,
        Integer latestVersion,
        String latestVersionLabel,
        Instant updatedAt,
        long version) implements AggregateState {
}
