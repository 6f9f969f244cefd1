package org.ungis.resolutions.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.resolutions.DocumentState;

/**
 * A resolution, decision, report or outcome document. Its id is stable; the UN symbol may be
 * added later without breaking links or events.
 */
@Entity
@Table(name = "document")
public class Document {
    @Id
    UUID id;

    String symbol;

    @Column(name = "symbol_key")
    String symbolKey;

    @Column(nullable = false)
    String title;

    @Column(name = "issuing_body", nullable = false)
    String issuingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    DocumentType documentType;

    @Column(name = "adopted_on")
    LocalDate adoptedOn;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Document() {
    }

    Document(String symbol, String title, String issuingBody, DocumentType documentType, LocalDate adoptedOn,
            Instant now) {
        this.id = UUID.randomUUID();
        this.symbol = symbol;
        this.symbolKey = symbol == null ? null : DocumentSymbol.key(symbol);
        this.title = title;
        this.issuingBody = issuingBody;
        this.documentType = documentType;
        this.adoptedOn = adoptedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    DocumentState toState() {
        return new DocumentState(id.toString(), symbol, title, issuingBody, documentType.name(), adoptedOn, updatedAt,
                version);
    }

    DocumentView toView() {
        return new DocumentView(id, symbol, title, issuingBody, documentType, adoptedOn, createdAt, updatedAt, version);
    }
}
