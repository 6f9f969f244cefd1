package org.ungis.resolutions.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.versioning.VersionPreconditions;
import org.ungis.resolutions.document.DocumentDiff.VersionRef;
import org.ungis.resolutions.document.DocumentQueries.VersionRow;
import org.ungis.resolutions.organization.Mentions;
import org.ungis.resolutions.organization.OrganizationDirectory;
import org.ungis.resolutions.paragraph.NumberedParagraph;
import org.ungis.resolutions.paragraph.Paragraph;
import org.ungis.resolutions.paragraph.ParagraphChange;
import org.ungis.resolutions.paragraph.ParagraphNumbering;
import org.ungis.resolutions.paragraph.ParagraphQueries;
import org.ungis.resolutions.paragraph.ParagraphRepository;
import org.ungis.resolutions.paragraph.ParagraphView;

/**
 * The document aggregate's transactions: each loads, changes through {@link Document}, and
 * records the change event in the same transaction. Reads go to {@link DocumentQueries}.
 */
@ApplicationScoped
public class DocumentService {
    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final ParagraphRepository paragraphs;
    private final DocumentQueries queries;
    private final ParagraphQueries paragraphQueries;
    private final OrganizationDirectory organizations;
    private final Mentions mentions;
    private final Outbox outbox;

    public DocumentService(DocumentRepository documents, DocumentVersionRepository versions,
            ParagraphRepository paragraphs, DocumentQueries queries, ParagraphQueries paragraphQueries,
            OrganizationDirectory organizations, Mentions mentions, Outbox outbox) {
        this.documents = documents;
        this.versions = versions;
        this.paragraphs = paragraphs;
        this.queries = queries;
        this.paragraphQueries = paragraphQueries;
        this.organizations = organizations;
        this.mentions = mentions;
        this.outbox = outbox;
    }

    @Transactional
    public DocumentView create(DocumentDetails details) {
        Document document = new Document(requireIdentified(details), Instant.now());
        requireKeysFree(document);
        documents.persist(document);
        return recordChange(ChangeEventType.DOCUMENT_CREATED, document);
    }

    /** Replaces the details (adds a symbol that became known, corrects a title...). */
    @Transactional
    public DocumentView update(String key, OptionalLong expectedVersion, DocumentDetails details) {
        Document document = lockForChange(key, expectedVersion);
        if (!document.describe(requireIdentified(details), Instant.now())) {
            return get(document.id().toString(), Optional.empty());
        }
        requireKeysFree(document);
        return recordChange(ChangeEventType.DOCUMENT_UPDATED, document);
    }

    /** Adds a text; it becomes the latest version. The first is a publication, later ones revisions. */
    @Transactional
    public DocumentView addVersion(String key, OptionalLong expectedVersion, NewVersion request) {
        List<NumberedParagraph> numbered = ParagraphNumbering.check(request.paragraphs());
        Document document = lockForChange(key, expectedVersion);
        if (document.status() == DocumentStatus.WITHDRAWN) {
            throw ProblemException.conflict("document-withdrawn", "The document was withdrawn; it takes no new text.");
        }
        boolean first = document.latestVersion() == null;
        Instant now = Instant.now();
        DocumentVersion text = new DocumentVersion(document.id(), first ? 1 : document.latestVersion() + 1,
                request.label(), request.adoptedOn(), numbered.size(), now);
        versions.persist(text);
        for (int i = 0; i < numbered.size(); i++) {
            paragraphs.persist(new Paragraph(document.id(), text.id(), i + 1, numbered.get(i)));
        }
        document.revise(text, now);
        documents.flush();
        mentions.tagVersion(text.id());
        return recordChange(first ? ChangeEventType.DOCUMENT_PUBLISHED : ChangeEventType.DOCUMENT_REVISED, document);
    }

    @Transactional
    public DocumentView withdraw(String key, OptionalLong expectedVersion) {
        Document document = lockForChange(key, expectedVersion);
        if (!document.withdraw(Instant.now())) {
            return get(document.id().toString(), Optional.empty());
        }
        return recordChange(ChangeEventType.DOCUMENT_WITHDRAWN, document);
    }

    /** Records that the document cites another (or replaces what it says of it). */
    @Transactional
    public DocumentReferences cite(String key, NewCitation citation) {
        Document document = lockForChange(key, OptionalLong.empty());
        UUID cited = queries.idOf(citation.document()).orElseThrow(() -> ProblemException.unprocessable(
                "unknown-document", "No document with id or symbol '" + citation.document() + "' to cite.",
                List.of(new FieldError("document", "names no document"))));
        if (cited.equals(document.id())) {
            throw ProblemException.unprocessable("self-citation", "A document cannot cite itself.",
                    List.of(new FieldError("document", "is the citing document")));
        }
        if (document.cite(cited, citation.note(), Instant.now())) {
            recordChange(ChangeEventType.DOCUMENT_UPDATED, document);
        }
        return queries.references(document.id());
    }

    /** As it stands, with {@code version} (number or label; the latest when empty) as its text. */
    public DocumentView get(String key, Optional<String> version) {
        DocumentView document = queries.byKey(key).orElseThrow(() -> ProblemException.notFound("document", key));
        if (version.isEmpty()) {
            return document;
        }
        VersionRow shown = requireVersion(document.id(), version, "version");
        return document.withText(document.versions().stream().filter(v -> v.number() == shown.number()).findFirst()
                .orElseThrow());
    }

    public Page<DocumentView> list(DocumentFilter filter, ListQuery query) {
        Optional<UUID> mentioned = filter.mentions().map(key -> organizations.idOf(key)
                .orElseThrow(() -> ProblemException.invalid("mentions", "names no organization known here")));
        return queries.page(filter, mentioned, query);
    }

    public List<ParagraphView> paragraphs(String key, Optional<String> version) {
        DocumentSummary document = summary(key);
        VersionRow text = requireVersion(document.id(), version, "version");
        return paragraphQueries.ofVersion(text.id(), document::address);
    }

    /** One paragraph, by anchor ({@code para_133}) or printed number ({@code 133}), of the latest or given version. */
    public ParagraphView paragraph(String key, String reference, Optional<String> version) {
        String anchor = ParagraphNumbering.anchorOf(reference);
        return paragraphs(key, version).stream().filter(paragraph -> paragraph.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        "The text has no paragraph '" + reference + "'."));
    }

    public DocumentDiff diff(String key, String from, String to, boolean withUnchanged) {
        DocumentSummary document = summary(key);
        if (from == null || from.isBlank()) {
            throw ProblemException.invalid("from", "is required: a version number or label");
        }
        VersionRow earlier = requireVersion(document.id(), Optional.of(from), "from");
        VersionRow later = requireVersion(document.id(), Optional.ofNullable(to).filter(v -> !v.isBlank()), "to");
        List<ParagraphChange> changes = ParagraphChange.between(
                paragraphQueries.ofVersion(earlier.id(), document::address),
                paragraphQueries.ofVersion(later.id(), document::address), withUnchanged);
        return new DocumentDiff(document, new VersionRef(earlier.number(), earlier.label()),
                new VersionRef(later.number(), later.label()), changes);
    }

    public DocumentReferences references(String key) {
        return queries.references(summary(key).id());
    }

    public DocumentSummary summary(String key) {
        return queries.idOf(key).flatMap(queries::summary)
                .orElseThrow(() -> ProblemException.notFound("document", key));
    }

    private VersionRow requireVersion(UUID documentId, Optional<String> version, String field) {
        return queries.version(documentId, version).orElseThrow(() -> version.isEmpty()
                ? new ProblemException(404, "no-text", "Not found", "The document has no text yet.")
                : new ProblemException(404, "not-found", "Not found",
                        "The document has no version '" + version.get() + "' (" + field + ")."));
    }

    /** Loads for a write: locked until commit, so writes to one document queue instead of failing. */
    private Document lockForChange(String key, OptionalLong expectedVersion) {
        Document document = documents.findByKey(key).orElseThrow(() -> ProblemException.notFound("document", key));
        documents.getEntityManager().refresh(document, LockModeType.PESSIMISTIC_WRITE);
        VersionPreconditions.require(expectedVersion, document.version(), "document");
        return document;
    }

    /** Flushes (the version rises), then writes the event in this transaction. */
    private DocumentView recordChange(ChangeEventType type, Document document) {
        documents.flush();
        outbox.record(type, document.toState());
        return get(document.id().toString(), Optional.empty());
    }

    private static DocumentDetails requireIdentified(DocumentDetails details) {
        if (!details.identified()) {
            throw ProblemException.unprocessable("unidentified-document",
                    "A document needs a symbol, a number or a title.",
                    List.of(new FieldError("symbol", "give a symbol, a number or a title")));
        }
        return details;
    }

    private void requireKeysFree(Document document) {
        if (document.symbol() != null) {
            documents.findBySymbol(document.symbol()).filter(other -> !other.id().equals(document.id()))
                    .ifPresent(existing -> {
                        throw ProblemException.conflict("duplicate-symbol", "A document with the symbol '"
                                + document.symbol() + "' already exists (" + existing.id() + ").");
                    });
        }
        if (document.number() != null) {
            documents.findByBodyAndNumber(document.issuingBody(), document.documentType(), document.number(),
                    document.id()).ifPresent(existing -> {
                        throw ProblemException.conflict("duplicate-number", "The " + document.issuingBody()
                                + " already has a " + document.documentType() + " numbered '" + document.number()
                                + "' (" + existing.id() + ").");
                    });
        }
    }
}
