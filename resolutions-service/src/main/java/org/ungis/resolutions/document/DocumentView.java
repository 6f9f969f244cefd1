package org.ungis.resolutions.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "A resolution, decision, report or outcome document.")
public record DocumentView(
        UUID id,
        @Schema(example = "A/RES/70/125", description = "UN document symbol, when it has one.") String symbol,
        @Schema(example = "Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society") String title,
        @Schema(example = "UN General Assembly") String issuingBody,
        DocumentType documentType,
        @Schema(example = "2015-12-16") LocalDate adoptedOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
