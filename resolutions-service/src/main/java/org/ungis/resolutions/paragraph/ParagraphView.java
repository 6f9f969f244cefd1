package org.ungis.resolutions.paragraph;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Paragraph", description = "A paragraph as printed, with its stable address and the organizations it mentions.")
public record ParagraphView(
        @Schema(example = "A/RES/70/125#para_133", description = "The document's symbol (or id) and the paragraph's "
                + "anchor; the same in every version that has the paragraph.") String address,
        @Schema(example = "para_133") String anchor,
        ParagraphKind kind,
        @Schema(example = "133", description = "The number as printed; absent for unnumbered preambular paragraphs.")
        String number,
        String text,
        List<Mention> mentions) {

    @Schema(name = "Mention", description = "An organization the paragraph names, by the name found.")
    public record Mention(UUID organizationId, @Schema(example = "ITU") String acronym,
            @Schema(example = "International Telecommunication Union") String matched) {
    }
}
