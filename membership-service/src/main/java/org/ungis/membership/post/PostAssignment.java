package org.ungis.membership.post;

import org.ungis.platform.dates.DatePrecision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A term in a post for an organization.")
public record PostAssignment(
        @NotNull PostKind kind,
        @NotBlank @Schema(example = "UNCTAD", description = "The holder's id or acronym.") String holder,
        @NotNull @Schema(example = "2025-01-01") LocalDate termStart,
        @Schema(example = "2026-12-31", description = "Last day; absent for a permanent post.") LocalDate termEnd,
        @Schema(description = "How precisely the dates are known (DAY by default).") DatePrecision precision,
        @Size(max = 200) @Schema(example = "UN Regional Commissions") String onBehalfOf,
        @Schema(description = "A permanent post (ITU's secretariat) has no end.") boolean permanent) {
}
