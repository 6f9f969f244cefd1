package org.ungis.events.event;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewEvent", description = "An event to schedule.")
public record NewEvent(
        @NotBlank @Size(max = 300) @Schema(example = "WSIS+20 High-Level Event 2025") String title,
        @NotNull EventKind kind,
        @NotNull @Schema(example = "2025-07-07") LocalDate startDate,
        @NotNull @Schema(example = "2025-07-11") LocalDate endDate) {
}
