package org.ungis.resolutions.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.paragraph.ParagraphKind;

@Schema(name = "SearchHit", description = "A paragraph of a document's latest text that matches, best first.")
public record SearchHit(
        DocumentSummary document,
        @Schema(example = "E/RES/2025/1#para_133") String address,
        ParagraphKind kind,
        @Schema(example = "133") String number,
        @Schema(description = "Relevance (PostgreSQL ts_rank_cd); higher is better, comparable within one search.")
        double rank,
        @Schema(description = "The best passages, matches between <mark> and </mark>.") String snippet) {
}
