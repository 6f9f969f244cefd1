package org.ungis.membership.post;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ends a term, at or before its planned end.")
public record PostEnd(@NotNull @Schema(example = "2026-06-30", description = "Last day of the term.") LocalDate termEnd) {
}
