package org.ungis.resolutions.document;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentSummary", description = "Enough of a document to name and link it.")
public record DocumentSummary(UUID id, String symbol, String number, String title, String issuingBody,
        DocumentType documentType) {

    /** Where a paragraph of this document is: {@code A/RES/70/125#para_133}, or the id when there is no symbol. */
    public String address(String anchor) {
        return (symbol != null ? symbol : id.toString()) + "#" + anchor;
    }
}
