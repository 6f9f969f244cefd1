package org.ungis.resolutions.document;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewDocument", description = "A document to register.")
public record NewDocument(
        @Size(max = 120) @Schema(example = "E/RES/2024/13") String symbol,
        @NotBlank @Size(max = 1000) String title,
        @NotBlank @Size(max = 200) @Schema(example = "ECOSOC") String issuingBody,
        @NotNull DocumentType documentType,
        LocalDate adoptedOn) {
}
