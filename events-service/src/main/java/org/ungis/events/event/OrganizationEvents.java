package org.ungis.events.event;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationEvents", description = "The events one organization organizes or takes part in, by start date.")
public record OrganizationEvents(UUID organizationId, List<EventView> events) {
}
