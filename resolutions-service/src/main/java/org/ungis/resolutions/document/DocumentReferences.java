package org.ungis.resolutions.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentReferences", description = "What a document cites, and what cites it.")
public record DocumentReferences(List<Reference> cites, List<Reference> citedBy) {

    @Schema(name = "DocumentReference", description = "A cited or citing document, with what the citing one says of the other.")
    public record Reference(DocumentSummary document, String note) {
    }
}
