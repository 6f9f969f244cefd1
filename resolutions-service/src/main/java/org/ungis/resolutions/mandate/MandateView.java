package org.ungis.resolutions.mandate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.event.EventEdition;

@Schema(name = "Mandate", description = "A paragraph that tasks a body with a deliverable, due by a date or an event.")
public record MandateView(
        UUID id,
        DocumentSummary document,
        @Schema(example = "E/RES/2025/1#para_133") String paragraphAddress,
        @Schema(description = "The paragraph's text in the document's latest version.") String paragraphText,
        @Schema(example = "UNGIS") String taskedBody,
        String deliverable,
        LocalDate dueOn,
        String dueEvent,
        @Schema(description = "The event it is due at by series and edition, when given.") EventEdition dueEventEdition,
        @Schema(description = "That event's events-service id; null until events-service has announced such an event.")
        UUID dueEventId,
        @Schema(description = "OPEN, DELIVERED, or OVERDUE (open and past its due date).") MandateStatus status,
        LocalDate deliveredOn,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; sent as the ETag.") long version) {
}
