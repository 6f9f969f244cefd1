package org.ungis.resolutions.paragraph;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewParagraph", description = "A paragraph as printed.")
public record NewParagraph(
        @NotNull ParagraphKind kind,
        @Size(max = 40) @Schema(example = "5 (a)", description = "The number as printed: 98, 5 (a), 5 (a) (i), 12 bis. "
                + "Required for operative paragraphs; preambular ones are usually unnumbered.") String number,
        @NotBlank @Size(max = 20000) String text) {
}
