package org.ungis.resolutions.document;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.resolutions.paragraph.NewParagraph;

@Schema(name = "NewVersion", description = "A text of the document; it becomes the latest version.")
public record NewVersion(
        @Size(max = 200) @Schema(example = "Rev. Bucharest, 2022") String label,
        LocalDate adoptedOn,
        @Size(max = 5000) @Schema(description = "In printed order; at least one.") List<@jakarta.validation.constraints.NotNull @Valid NewParagraph> paragraphs) {
}
