package org.ungis.events.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session or segment to add to an event. Date and times may be unknown; times are local to the
 * event's time zone and need a date.
 */
@Schema(name = "SessionRequest", description = "A session or segment of an event.")
public record SessionRequest(
        @NotBlank @Size(max = 300) @Schema(example = "High-Level meeting") String title,
        @Schema(example = "2025-07-10") LocalDate date,
        @Schema(type = SchemaType.STRING, example = "10:00") LocalTime startTime,
        @Schema(type = SchemaType.STRING, example = "12:30") LocalTime endTime,
        @Size(max = 100) List<@NotNull UUID> organizerIds,
        @Size(max = 200) List<@NotNull UUID> participantIds,
        @Size(max = 4000) String summary) {

    public boolean hasTimes() {
        return startTime != null || endTime != null;
    }

    public List<UUID> organizers() {
        return organizerIds == null ? List.of() : organizerIds.stream().distinct().toList();
    }

    public List<UUID> participants() {
        return participantIds == null ? List.of() : participantIds.stream().distinct().toList();
    }
}
