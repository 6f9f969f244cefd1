package org.ungis.resolutions.document;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document this one cites, with what this one says of it. */
@Embeddable
public record Citation(
        @Column(name = "to_document_id", nullable = false) UUID documentId,
        @Column(name = "note") String note) {
}
