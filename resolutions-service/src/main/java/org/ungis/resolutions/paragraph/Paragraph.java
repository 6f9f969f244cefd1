package org.ungis.resolutions.paragraph;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A paragraph of one version of a document, as printed. Written once with its version and never
 * changed; its full-text vector is a column PostgreSQL generates from {@code text}.
 */
@Entity
@Table(name = "paragraph")
public class Paragraph {
    @Id
    UUID id;

    @Column(name = "version_id", nullable = false)
    UUID versionId;

    @Column(name = "document_id", nullable = false)
    UUID documentId;

    @Column(nullable = false)
    int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ParagraphKind kind;

    String number;

    @Column(nullable = false)
    String anchor;

    @Column(nullable = false)
    String text;

    protected Paragraph() {
    }

    public Paragraph(UUID documentId, UUID versionId, int position, NumberedParagraph paragraph) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.versionId = versionId;
        this.position = position;
        this.kind = paragraph.kind();
        this.number = paragraph.number();
        this.anchor = paragraph.anchor();
        this.text = paragraph.text();
    }
}
