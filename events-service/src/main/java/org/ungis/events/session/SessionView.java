package org.ungis.events.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.events.organization.OrganizationRef;

@Schema(name = "Session", description = "A session or segment of an event; times are local to the event's time zone.")
public record SessionView(
        UUID id,
        @Schema(example = "Digital Cooperation for Development: UNGIS in Action") String title,
        LocalDate date,
        @Schema(type = SchemaType.STRING, example = "10:00") LocalTime startTime,
        @Schema(type = SchemaType.STRING, example = "11:30") LocalTime endTime,
        List<OrganizationRef> organizers,
        List<OrganizationRef> participants,
        String summary) {
}
