package org.ungis.events.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.platform.dates.DatePrecision;

/**
 * An event as the secretariat describes it, to schedule it or to change it. On a change, other
 * dates are a reschedule; organizations are membership-service ids.
 */
@Schema(name = "EventDetails", description = "An event to schedule, or its new details.")
public record EventDetails(
        @NotBlank @Size(max = 300) @Schema(example = "WSIS+20 High-Level Event 2025") String title,
        @NotNull EventKind kind,
        @Size(max = 200) @Schema(example = "WSIS High-Level Event") String series,
        @Size(max = 100) @Schema(example = "2025") String edition,
        @NotNull @Schema(example = "2025-07-01") LocalDate startDate,
        @NotNull @Schema(example = "2025-07-31") LocalDate endDate,
        @Schema(description = "How precisely the dates are known (default DAY). MONTH and YEAR periods run from "
                + "the first to the last day of whole months or years.") DatePrecision datePrecision,
        @TimeZoneId @Schema(example = "Europe/Zurich") String timeZone,
        @Valid Location location,
        @Size(max = 4000) String description,
        @Schema(description = "The event this one takes place during.") UUID parentId,
        @Size(max = 100) List<@NotNull UUID> organizerIds,
        @Size(max = 200) List<@NotNull UUID> participantIds) {

    DatePrecision precision() {
        return datePrecision == null ? DatePrecision.DAY : datePrecision;
    }

    List<UUID> organizers() {
        return organizerIds == null ? List.of() : organizerIds.stream().distinct().toList();
    }

    List<UUID> participants() {
        return participantIds == null ? List.of() : participantIds.stream().distinct().toList();
    }
}
