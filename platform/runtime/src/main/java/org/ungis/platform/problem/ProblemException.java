package org.ungis.platform.problem;

import java.util.List;

import org.ungis.platform.problem.Problem.FieldError;

/**
 * Thrown by services for a request that cannot be carried out; answered as problem details.
 * {@code slug} names the kind of problem and becomes its stable {@code type} URI.
 */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.problem = new Problem(Problem.type(slug), title, status, detail, null, errors == null ? List.of() : errors);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " with id or key '" + id + "'.");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    /** 400: the request is malformed or a parameter is out of range. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request",
                "The request has invalid fields.", List.of(new FieldError(field, message)));
    }

    /** 422: well-formed, but breaks a rule of the domain. */
    public static ProblemException unprocessable(String slug, String detail, List<FieldError> errors) {
        return new ProblemException(422, slug, "Unprocessable request", detail, errors);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "stale-version", "Precondition failed", detail);
    }
}
