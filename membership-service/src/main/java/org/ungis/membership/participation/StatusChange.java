package org.ungis.membership.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Changes the capacity in which an organization takes part, from a date on.")
public record StatusChange(
        @NotNull ParticipationStatus status,
        @NotNull @Schema(example = "2026-07-01", description = "First day in the new capacity.") LocalDate on) {
}
