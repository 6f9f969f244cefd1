package org.ungis.resolutions.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.resolutions.paragraph.ParagraphChange;

@Schema(name = "DocumentDiff", description = "What changed from one version of a document to another, by paragraph.")
public record DocumentDiff(DocumentSummary document, VersionRef from, VersionRef to, List<ParagraphChange> changes) {

    @Schema(name = "VersionRef")
    public record VersionRef(int number, String label) {
    }
}
