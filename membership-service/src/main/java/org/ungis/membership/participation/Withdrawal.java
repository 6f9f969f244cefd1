package org.ungis.membership.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ends an organization's participation in UNGIS.")
public record Withdrawal(
        @NotNull @Schema(example = "2026-12-31", description = "First day no longer taking part.") LocalDate on) {
}
