package org.ungis.resolutions.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.request.QueryValues;

/** The filters of {@code GET /documents}, parsed with field errors for bad values. */
public class DocumentFilter {
    private static final int MAX_SYMBOLS = 200;

    @QueryParam("body")
    @Parameter(description = "Issuing body, e.g. ECOSOC (case-insensitive).")
    String body;

    @QueryParam("type")
    @Parameter(description = "RESOLUTION, DECISION, REPORT, OUTCOME_DOCUMENT, ROADMAP or OTHER.")
    String type;

    @QueryParam("year")
    @Parameter(description = "Year of adoption, e.g. 2025.")
    String year;

    @QueryParam("number")
    @Parameter(description = "The issuing body's own number, e.g. 140.")
    String number;

    @QueryParam("status")
    @Parameter(description = "ADOPTED or WITHDRAWN.")
    String status;

    @QueryParam("mentions")
    @Parameter(description = "Only documents whose latest text mentions this organization: its id, acronym, or a "
            + "former acronym or name.")
    String mentions;

    @QueryParam("symbols")
    @Parameter(description = "Comma-separated UN symbols or ids (at most 200): a batch lookup.")
    String symbols;

    public Optional<String> body() {
        return body == null || body.isBlank() ? Optional.empty() : Optional.of(body.strip());
    }

    public Optional<DocumentType> type() {
        return QueryValues.enumValue(DocumentType.class, type, "type");
    }

    public Optional<DocumentStatus> status() {
        return QueryValues.enumValue(DocumentStatus.class, status, "status");
    }

    public Optional<Integer> year() {
        return QueryValues.intValue(year, "year", 1900, 2999);
    }

    public Optional<String> number() {
        return number == null || number.isBlank() ? Optional.empty() : Optional.of(number.strip());
    }

    public Optional<String> mentions() {
        return mentions == null || mentions.isBlank() ? Optional.empty() : Optional.of(mentions.strip());
    }

    public Optional<List<String>> symbols() {
        if (symbols == null || symbols.isBlank()) {
            return Optional.empty();
        }
        List<String> values = Arrays.stream(symbols.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() > MAX_SYMBOLS) {
            throw ProblemException.invalid("symbols", "at most " + MAX_SYMBOLS + " symbols per request");
        }
        return Optional.of(values);
    }
}
