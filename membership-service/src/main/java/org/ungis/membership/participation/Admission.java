package org.ungis.membership.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Admits an organization to UNGIS.")
public record Admission(
        @NotNull ParticipationStatus status,
        @Schema(example = "2026-01-01", description = "First day; absent when not known.") LocalDate since) {
}
