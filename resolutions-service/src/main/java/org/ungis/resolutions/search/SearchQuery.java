package org.ungis.resolutions.search;

import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.request.QueryValues;
import org.ungis.resolutions.document.DocumentType;
import org.ungis.resolutions.paragraph.ParagraphKind;

/** The parameters of {@code GET /search}. */
public class SearchQuery {
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 1000;

    @QueryParam("q")
    @Parameter(required = true, description = "Web-search syntax: words, \"a phrase\", or, -excluded. "
            + "Example: \"road map\" UNGIS -draft")
    String q;

    @QueryParam("body")
    @Parameter(description = "Issuing body, e.g. ECOSOC.")
    String body;

    @QueryParam("type")
    @Parameter(description = "Document type, e.g. RESOLUTION.")
    String type;

    @QueryParam("kind")
    @Parameter(description = "PREAMBULAR or OPERATIVE.")
    String kind;

    @QueryParam("year")
    @Parameter(description = "Year of adoption.")
    String year;

    @QueryParam("document")
    @Parameter(description = "Only this document (id or UN symbol).")
    String document;

    @QueryParam("limit")
    @Parameter(description = "Hits, 1 to 100 (default 20).")
    String limit;

    @QueryParam("offset")
    @Parameter(description = "Hits to skip, 0 to 1000.")
    String offset;

    public String text() {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "is required");
        }
        if (q.length() > 500) {
            throw ProblemException.invalid("q", "at most 500 characters");
        }
        return q.strip();
    }

    public Optional<String> body() {
        return body == null || body.isBlank() ? Optional.empty() : Optional.of(body.strip());
    }

    public Optional<DocumentType> type() {
        return QueryValues.enumValue(DocumentType.class, type, "type");
    }

    public Optional<ParagraphKind> kind() {
        return QueryValues.enumValue(ParagraphKind.class, kind, "kind");
    }

    public Optional<Integer> year() {
        return QueryValues.intValue(year, "year", 1900, 2999);
    }

    public Optional<String> document() {
        return document == null || document.isBlank() ? Optional.empty() : Optional.of(document.strip());
    }

    public int limit() {
        return QueryValues.intValue(limit, "limit", 1, MAX_LIMIT).orElse(20);
    }

    public int offset() {
        return QueryValues.intValue(offset, "offset", 0, MAX_OFFSET).orElse(0);
    }
}
