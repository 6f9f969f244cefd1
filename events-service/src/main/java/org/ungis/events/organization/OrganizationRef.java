package org.ungis.events.organization;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as events-service names it: its current acronym and name from the replica. */
@Schema(name = "OrganizationRef", description = "An organization, with its current acronym and name.")
public record OrganizationRef(
        UUID id,
        @Schema(example = "UN Tourism") String acronym,
        @Schema(example = "World Tourism Organization") String name) {
}
