package org.ungis.membership.organization;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "An organization of the UN system as UNGIS knows it.")
public record OrganizationView(
        @Schema(description = "Stable id; never changes, also when the organization is renamed.") UUID id,
        @Schema(example = "ITU") String acronym,
        @Schema(example = "International Telecommunication Union") String name,
        Classification classification,
        @Schema(example = "https://www.itu.int") String website,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; sent as the ETag.") long version) {
}
