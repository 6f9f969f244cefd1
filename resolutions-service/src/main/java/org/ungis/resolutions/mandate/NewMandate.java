package org.ungis.resolutions.mandate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewMandate", description = "A paragraph of a document's latest text that tasks a body.")
public record NewMandate(
        @NotBlank @Size(max = 120) @Schema(example = "A/RES/70/125", description = "Id or UN symbol of the document.")
        String document,
        @NotBlank @Size(max = 60) @Schema(example = "133", description = "The paragraph's number as printed, or its anchor.")
        String paragraph,
        @NotNull @Valid MandateDetails details) {
}
