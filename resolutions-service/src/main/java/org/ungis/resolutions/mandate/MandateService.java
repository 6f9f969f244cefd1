package org.ungis.resolutions.mandate;

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
import org.ungis.resolutions.document.DocumentService;
import org.ungis.resolutions.document.DocumentSummary;
import org.ungis.resolutions.paragraph.ParagraphNumbering;
import org.ungis.resolutions.paragraph.ParagraphQueries;

@ApplicationScoped
public class MandateService {
    private final MandateRepository mandates;
    private final MandateQueries queries;
    private final DocumentService documents;
    private final ParagraphQueries paragraphs;
    private final Outbox outbox;

    public MandateService(MandateRepository mandates, MandateQueries queries, DocumentService documents,
            ParagraphQueries paragraphs, Outbox outbox) {
        this.mandates = mandates;
        this.queries = queries;
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.outbox = outbox;
    }

    @Transactional
    public MandateView create(NewMandate request) {
        DocumentSummary document = documents.summary(request.document());
        String anchor = ParagraphNumbering.anchorOf(request.paragraph());
        if (!paragraphs.inLatestText(document.id(), anchor)) {
            throw ProblemException.unprocessable("unknown-paragraph", "The latest text of the document has no paragraph '"
                    + request.paragraph() + "'.", List.of(new FieldError("paragraph", "is not in the document's latest text")));
        }
        MandateDetails details = checked(request.details());
        Mandate mandate = new Mandate(document.id(), anchor, details, Instant.now());
        mandates.persist(mandate);
        return recordChange(ChangeEventType.MANDATE_CREATED, mandate, document);
    }

    @Transactional
    public MandateView update(String id, OptionalLong expectedVersion, MandateDetails details) {
        Mandate mandate = mandates.findByIdOptional(parseId(id)).orElseThrow(() -> ProblemException.notFound("mandate", id));
        mandates.getEntityManager().refresh(mandate, LockModeType.PESSIMISTIC_WRITE);
        VersionPreconditions.require(expectedVersion, mandate.version(), "mandate");
        if (!mandate.describe(checked(details), Instant.now())) {
            return get(id);
        }
        return recordChange(ChangeEventType.MANDATE_UPDATED, mandate,
                documents.summary(mandate.documentId().toString()));
    }

    public MandateView get(String id) {
        return queries.byId(parseId(id)).orElseThrow(() -> ProblemException.notFound("mandate", id));
    }

    public Page<MandateView> list(MandateFilter filter, ListQuery query) {
        Optional<UUID> document = filter.document().map(key -> documents.summary(key).id());
        return queries.page(filter, document, query);
    }

    private MandateView recordChange(ChangeEventType type, Mandate mandate, DocumentSummary document) {
        mandates.flush();
        outbox.record(type, mandate.toState(document.address(mandate.paragraphAnchor())));
        return get(mandate.id().toString());
    }

    private static MandateDetails checked(MandateDetails details) {
        if (details.status() == MandateStatus.OVERDUE) {
            throw ProblemException.unprocessable("derived-status", "OVERDUE follows from the due date; set OPEN or DELIVERED.",
                    List.of(new FieldError("status", "must be OPEN or DELIVERED")));
        }
        if (details.deliveredOn() != null && details.status() != MandateStatus.DELIVERED) {
            throw ProblemException.unprocessable("delivered-without-status", "deliveredOn goes with status DELIVERED.",
                    List.of(new FieldError("deliveredOn", "only with status DELIVERED")));
        }
        return details;
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("mandate", id);
        }
    }
}
