package org.ungis.resolutions.document;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.KeysetPaging;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.ProblemException;

@ApplicationScoped
public class DocumentService {
    private final DocumentRepository documents;
    private final Outbox outbox;

    public DocumentService(DocumentRepository documents, Outbox outbox) {
        this.documents = documents;
        this.outbox = outbox;
    }

    @Transactional
    public DocumentView create(NewDocument request) {
        String symbol = request.symbol() == null || request.symbol().isBlank() ? null : request.symbol().strip();
        if (symbol != null) {
            documents.findBySymbol(symbol).ifPresent(existing -> {
                throw ProblemException.conflict("duplicate-symbol",
                        "A document with the symbol '" + symbol + "' already exists (" + existing.id() + ").");
            });
        }
        Document document = new Document(symbol, request.title().strip(), request.issuingBody().strip(),
                request.documentType(), request.adoptedOn(), Instant.now());
        documents.persist(document);
        documents.flush();
        outbox.record(ChangeEventType.DOCUMENT_CREATED, document.toState());
        return document.toView();
    }

    @Transactional
    public DocumentView get(String idOrSymbol) {
        return documents.findByIdOrSymbol(idOrSymbol).map(Document::toView)
                .orElseThrow(() -> ProblemException.notFound("document", idOrSymbol));
    }

    @Transactional
    public Page<DocumentView> list(ListQuery query) {
        return KeysetPaging.page(documents, query, "", Map.of(),
                document -> new Cursor(document.updatedAt(), document.id()))
                .map(Document::toView);
    }
}
