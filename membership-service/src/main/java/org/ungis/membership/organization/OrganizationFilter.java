package org.ungis.membership.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.membership.participation.ParticipationStatus;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.request.QueryValues;

/** The filters of {@code GET /organizations}, parsed with field errors for bad values. */
public class OrganizationFilter {
    private static final int MAX_IDS = 200;

    @QueryParam("status")
    @Parameter(description = "MEMBER or OBSERVER, on the asOf date (today by default).")
    String status;

    @QueryParam("classification")
    @Parameter(description = "e.g. SPECIALIZED_AGENCY")
    String classification;

    @jakarta.ws.rs.BeanParam
    AsOfParameter asOf;

    @QueryParam("q")
    @Parameter(description = "Text in the acronym, the name, or a former acronym or name.")
    String q;

    @QueryParam("ids")
    @Parameter(description = "Comma-separated organization ids (at most 200): a batch lookup.")
    String ids;

    public Optional<ParticipationStatus> status() {
        return QueryValues.enumValue(ParticipationStatus.class, status, "status");
    }

    public Optional<Classification> classification() {
        return QueryValues.enumValue(Classification.class, classification, "classification");
    }

    /** With asOf, only organizations taking part in UNGIS on that day, with their status then. */
    public Optional<LocalDate> asOf() {
        return asOf == null ? Optional.empty() : asOf.day();
    }

    public Optional<String> text() {
        return q == null || q.isBlank() ? Optional.empty() : Optional.of(q.strip());
    }

    public Optional<List<UUID>> ids() {
        if (ids == null || ids.isBlank()) {
            return Optional.empty();
        }
        List<String> values = Arrays.stream(ids.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() > MAX_IDS) {
            throw ProblemException.invalid("ids", "at most " + MAX_IDS + " ids per request");
        }
        try {
            return Optional.of(values.stream().map(UUID::fromString).toList());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("ids", "must be organization ids (UUIDs) separated by commas");
        }
    }
}
