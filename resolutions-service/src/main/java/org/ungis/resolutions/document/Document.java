package org.ungis.resolutions.document;

import org.ungis.changeevents.resolutions.DocumentSymbolKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.resolutions.DocumentState;

/**
 * A resolution, decision, report or outcome document: the aggregate root of its text versions
 * and the documents it cites. Its id is stable; the UN symbol, or the issuing body's number, may
 * be added later without breaking links or events.
 */
@Entity
@Table(name = "document")
public class Document {
    @Id
    UUID id;

    String symbol;

    @Column(name = "symbol_key")
    String symbolKey;

    String title;

    @Column(name = "issuing_body", nullable = false)
    String issuingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    DocumentType documentType;

    @Column(name = "adopted_on")
    LocalDate adoptedOn;

    String number;

    String session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DocumentStatus status;

    @Column(name = "latest_version_id")
    UUID latestVersionId;

    @Column(name = "latest_version")
    Integer latestVersion;

    @Column(name = "latest_version_label")
    String latestVersionLabel;

    @ElementCollection
    @CollectionTable(name = "document_reference", joinColumns = @JoinColumn(name = "from_document_id"))
    List<Citation> citations = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Document() {
    }

    Document(DocumentDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.status = DocumentStatus.ADOPTED;
        this.createdAt = now;
        describe(details, now);
    }

    public UUID id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }

    public String number() {
        return number;
    }

    public String issuingBody() {
        return issuingBody;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Integer latestVersion() {
        return latestVersion;
    }

    public DocumentStatus status() {
        return status;
    }

    /** Sets every detail; true if anything changed. */
    boolean describe(DocumentDetails details, Instant now) {
        String newSymbol = blankToNull(details.symbol());
        String newTitle = blankToNull(details.title());
        String newNumber = blankToNull(details.number());
        String newSession = blankToNull(details.session());
        String newBody = details.issuingBody().strip();
        boolean changed = !Objects.equals(symbol, newSymbol) || !Objects.equals(title, newTitle)
                || !Objects.equals(number, newNumber) || !Objects.equals(session, newSession)
                || !newBody.equals(issuingBody) || documentType != details.documentType()
                || !Objects.equals(adoptedOn, details.adoptedOn());
        if (changed) {
            symbol = newSymbol;
            symbolKey = newSymbol == null ? null : DocumentSymbolKey.of(newSymbol);
            title = newTitle;
            number = newNumber;
            session = newSession;
            issuingBody = newBody;
            documentType = details.documentType();
            adoptedOn = details.adoptedOn();
            updatedAt = now;
        }
        return changed;
    }

    /** Makes {@code text} the latest version. */
    void revise(DocumentVersion text, Instant now) {
        latestVersionId = text.id();
        latestVersion = text.number();
        latestVersionLabel = text.label();
        updatedAt = now;
    }

    /** True if it was not withdrawn already. */
    boolean withdraw(Instant now) {
        if (status == DocumentStatus.WITHDRAWN) {
            return false;
        }
        status = DocumentStatus.WITHDRAWN;
        updatedAt = now;
        return true;
    }

    /** Cites {@code cited} (or replaces what it says of it); true if anything changed. */
    boolean cite(UUID cited, String note, Instant now) {
        Citation citation = new Citation(cited, blankToNull(note));
        if (citations.contains(citation)) {
            return false;
        }
        citations.removeIf(existing -> existing.documentId().equals(cited));
        citations.add(citation);
        updatedAt = now;
        return true;
    }

    DocumentState toState() {
        return new DocumentState(id.toString(), symbol, title, issuingBody, documentType.name(), adoptedOn, number,
                session, status.name(), latestVersion, latestVersionLabel, updatedAt, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
