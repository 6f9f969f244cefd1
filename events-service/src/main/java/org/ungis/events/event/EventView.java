package org.ungis.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "A meeting or forum where UNGIS and its members act.")
public record EventView(
        UUID id,
        @Schema(example = "Internet Governance Forum 2025") String title,
        EventKind kind,
        @Schema(example = "2025-06-23") LocalDate startDate,
        @Schema(example = "2025-06-27") LocalDate endDate,
        EventStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
