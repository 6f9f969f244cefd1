package org.ungis.resolutions.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCitation", description = "A document the document cites.")
public record NewCitation(
        @NotBlank @Size(max = 120) @Schema(example = "A/RES/70/125", description = "Id or UN symbol of the cited document.")
        String document,
        @Size(max = 2000) String note) {
}
