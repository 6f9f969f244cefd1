package org.ungis.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.events.organization.OrganizationRef;
import org.ungis.platform.dates.DatePrecision;

@Schema(name = "Event", description = "A meeting or forum where UNGIS and its members act.")
public record EventView(
        UUID id,
        @Schema(example = "Internet Governance Forum 2025") String title,
        EventKind kind,
        @Schema(example = "IGF") String series,
        @Schema(example = "2025") String edition,
        @Schema(example = "2025-06-01") LocalDate startDate,
        @Schema(example = "2025-06-30") LocalDate endDate,
        DatePrecision datePrecision,
        @Schema(description = "The dates as precisely as they are known.", example = "June 2025") String when,
        @Schema(example = "Europe/Oslo") String timeZone,
        Location location,
        String description,
        @Schema(description = "The event this one takes place during.") UUID parentId,
        EventStatus status,
        List<OrganizationRef> organizers,
        List<OrganizationRef> participants,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
