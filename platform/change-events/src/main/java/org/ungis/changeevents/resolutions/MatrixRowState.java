package org.ungis.changeevents.resolutions;

import java.time.Instant;
import java.util.List;

import org.ungis.changeevents.AggregateState;

/**
 * Payload of {@code org.ungis.resolutions.matrix_row.changed}: a row of the WSIS Process and 2030
 * Agenda - GDC matrix, linking a GDC objective or commitment ({@code gdc}, e.g. {@code GDC1}) to
 * WSIS action lines ({@code C7.e-health}), SDGs ({@code SDG9}), organizations (membership ids)
 * and mechanisms.
 */
public record MatrixRowState(
        String id,
        String gdc,
        List<String> actionLines,
        List<String> sdgs,
        List<String> organizationIds,
        List<String> mechanisms,
        String description,
        Instant updatedAt,
        long version) implements AggregateState {
}
