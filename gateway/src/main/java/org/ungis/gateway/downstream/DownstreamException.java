package org.ungis.gateway.downstream;

import java.util.List;

/**
 * A service's answer was an error, or there was no answer. Carries the problem details (RFC 9457)
 * the service sent, or those the gateway writes for an unreachable, slow or tripped service, so that
 * GraphQL errors can show them in their extensions. Checked, so SmallRye GraphQL shows its message.
 */
public class DownstreamException extends Exception {
    private final Service service;
    private final ProblemDetails problem;

    public DownstreamException(Service service, ProblemDetails problem) {
        super(service.serviceName() + ": " + problem.title()
                + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.service = service;
        this.problem = problem;
    }

    public Service service() {
        return service;
    }

    public ProblemDetails problem() {
        return problem;
    }

    /** The problem details of an error answer, or the gateway's own for a missing one. */
    public record ProblemDetails(String type, int status, String title, String detail, List<FieldError> errors) {
        public static final String TYPE_BASE = "https://ungis.org/problems/";

        public static ProblemDetails of(String kind, int status, String title, String detail) {
            return new ProblemDetails(TYPE_BASE + kind, status, title, detail, List.of());
        }
    }

    public record FieldError(String field, String message) {
    }
}
