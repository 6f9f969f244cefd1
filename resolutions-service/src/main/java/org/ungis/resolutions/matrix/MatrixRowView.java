package org.ungis.resolutions.matrix;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatrixRow", description = "A GDC objective or commitment mapped to action lines, SDGs, organizations and mechanisms.")
public record MatrixRowView(
        UUID id,
        MatrixItemView gdc,
        List<MatrixItemView> actionLines,
        List<MatrixItemView> sdgs,
        List<OrganizationRef> organizations,
        List<String> mechanisms,
        String description,
        Instant updatedAt,
        @Schema(description = "Increases with every change; sent as the ETag.") long version) {

    @Schema(name = "OrganizationRef", description = "An organization by id, with its acronym as last known from membership.")
    public record OrganizationRef(UUID id, String acronym) {
    }
}
