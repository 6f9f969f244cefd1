package org.ungis.resolutions.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One text of a document: version 1, 2..., with the revision label it is cited by. Never changed once added. */
@Entity
@Table(name = "document_version")
public class DocumentVersion {
    @Id
    UUID id;

    @Column(name = "document_id", nullable = false)
    UUID documentId;

    @Column(nullable = false)
    int number;

    String label;

    @Column(name = "adopted_on")
    LocalDate adoptedOn;

    /** Kept with the version (its paragraphs never change), so reading a document counts nothing. */
    @Column(name = "paragraph_count", nullable = false)
    int paragraphCount;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected DocumentVersion() {
    }

    DocumentVersion(UUID documentId, int number, String label, LocalDate adoptedOn, int paragraphCount, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.number = number;
        this.label = label == null || label.isBlank() ? null : label.strip();
        this.adoptedOn = adoptedOn;
        this.paragraphCount = paragraphCount;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }
}
