package org.ungis.resolutions.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "A resolution, decision, report or outcome document.")
public record DocumentView(
        @Schema(description = "Stable id; never changes, also when a symbol is added later.") UUID id,
        @Schema(example = "A/RES/70/125", description = "UN document symbol, when it has one.") String symbol,
        @Schema(example = "140", description = "The issuing body's own number, for documents without a UN symbol.")
        String number,
        @Schema(example = "Assessment of the progress made in the implementation of and follow-up to the outcomes "
                + "of the World Summit on the Information Society") String title,
        @Schema(example = "ECOSOC") String issuingBody,
        DocumentType documentType,
        @Schema(example = "2025-07-29") LocalDate adoptedOn,
        String session,
        DocumentStatus status,
        @Schema(description = "Every text version, oldest first; the last is the latest.") List<VersionView> versions,
        @Schema(description = "The version this answer is about: the latest, or the one asked for with ?version=. "
                + "Absent while the document has no text.") VersionView text,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; sent as the ETag.") long version) {

    @Schema(name = "DocumentVersion", description = "One text of a document.")
    public record VersionView(
            @Schema(example = "2") int number,
            @Schema(example = "Rev. Bucharest, 2022") String label,
            LocalDate adoptedOn,
            Instant createdAt,
            int paragraphCount) {
    }

    DocumentView withText(VersionView shown) {
        return new DocumentView(id, symbol, number, title, issuingBody, documentType, adoptedOn, session, status,
                versions, shown, createdAt, updatedAt, version);
    }
}
