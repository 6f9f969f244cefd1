package org.ungis.events.event;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.platform.dates.DatePrecision;

@Schema(name = "Reschedule", description = "New dates for an event; datePrecision defaults to DAY.")
public record Reschedule(
        @NotNull @Schema(example = "2025-07-10") LocalDate startDate,
        @NotNull @Schema(example = "2025-07-11") LocalDate endDate,
        DatePrecision datePrecision) {

    DatePrecision precision() {
        return datePrecision == null ? DatePrecision.DAY : datePrecision;
    }
}
