package org.ungis.resolutions.mandate;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.platform.request.QueryValues;

/** The filters of {@code GET /mandates}. */
public class MandateFilter {
    @QueryParam("body")
    @Parameter(description = "The body tasked, e.g. UNGIS (case-insensitive).")
    String body;

    @QueryParam("status")
    @Parameter(description = "OPEN (not yet due or no date), OVERDUE (open, past its due date) or DELIVERED.")
    String status;

    @QueryParam("dueBefore")
    @Parameter(description = "Only mandates with a due date before this day, e.g. 2026-06-01.")
    String dueBefore;

    @QueryParam("document")
    @Parameter(description = "Only the mandates of this document (id or UN symbol).")
    String document;

    public Optional<String> body() {
        return body == null || body.isBlank() ? Optional.empty() : Optional.of(body.strip());
    }

    public Optional<MandateStatus> status() {
        return QueryValues.enumValue(MandateStatus.class, status, "status");
    }

    public Optional<LocalDate> dueBefore() {
        return QueryValues.date(dueBefore, "dueBefore");
    }

    public Optional<String> document() {
        return document == null || document.isBlank() ? Optional.empty() : Optional.of(document.strip());
    }
}
