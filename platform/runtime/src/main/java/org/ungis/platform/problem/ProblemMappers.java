package org.ungis.platform.problem;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.sql.DatabaseErrors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every error a resource can meet into RFC 9457 problem details, never a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request has invalid fields.", null, errors), uri);
    }

    @ServerExceptionMapper({ JsonParseException.class })
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage(), null, List.of()), uri);
    }

    @ServerExceptionMapper({ MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, JsonMappingException.class })
    public Response mismatchedJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
        String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                : e instanceof InvalidFormatException invalid
                        ? "cannot be read as " + invalid.getTargetType().getSimpleName()
                        : "has the wrong type or shape";
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request body does not match the expected shape.", null, List.of(new FieldError(field, message))),
                uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your token does not carry a role that may do this.", null, List.of()), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.type("concurrent-change"), "Conflict", 409,
                "The resource was changed by another request at the same time; read it again and retry.",
                null, List.of()), uri);
    }

    /**
     * A unique key, or an exclusion constraint (one Chair at a time), taken by a concurrent request
     * between our check and our write.
     */
    @ServerExceptionMapper
    public Response constraintConflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String state = e.getSQLState();
        if (!"23505".equals(state) && !"23P01".equals(state)) {
            return internal(e, uri);
        }
        return respond(new Problem(Problem.type("conflict"), "Conflict", 409,
                "This conflicts with data another request has just written; read it again and retry.", null,
                List.of()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // the JSON reader reports unreadable bodies as 400 with the Jackson error as cause
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mismatchedJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformedJson(parsing, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Error" : statusType.getReasonPhrase();
        Response response = respond(new Problem(Problem.type(slugOf(status)), title, status,
                detailOf(status), null, List.of()), uri);
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseErrors.unavailable(e)) {
            LOG.warnf("database unavailable: %s", e.toString());
            return Response.fromResponse(respond(new Problem(Problem.type("service-unavailable"),
                    "Service Unavailable", 503, "The database is busy or unreachable; nothing was changed. "
                            + "Retry shortly.", null, List.of()), uri))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the client went away while its body was read: nobody will see an answer, nothing to alarm about
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                LOG.debugf("client closed the connection before its request was read: %s", uri == null ? "" : uri.getPath());
                return respond(new Problem(Problem.type("bad-request"), "Bad Request", 400,
                        "The connection closed before the request body arrived.", null, List.of()), uri);
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // a deferred constraint (one Chair at a time) fails at commit, wrapped by the transaction manager
                if ("23505".equals(state) || "23P01".equals(state)) {
                    return respond(new Problem(Problem.type("conflict"), "Conflict", 409,
                            "This conflicts with data another request has just written; read it again and retry.",
                            null, List.of()), uri);
                }
                // class 22, data exception: a well-formed value the database cannot hold (a date in year 999999)
                if (state.startsWith("22")) {
                    return respond(new Problem(Problem.type("value-out-of-range"), "Invalid request", 400,
                            "A value in the request is outside the range that can be stored, such as a date too "
                                    + "far in the past or future.", null, List.of()), uri);
                }
            }
        }
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "Something went wrong on our side (incident " + incident + ").", null, List.of()), uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(new Problem(Problem.type("unauthenticated"), "Unauthorized", 401,
                "A valid bearer token is required.", null, List.of()), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "")))
                .build();
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            default -> "http-" + status;
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This resource does not support this method.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 415 -> "This resource does not accept this content type; send application/json.";
            default -> "The request cannot be served.";
        };
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.body.name" -> "name"; "list.limit" -> "limit": drop the method, and a body
        // parameter's own name, keep the path below it
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        Path.Node last = nodes.get(nodes.size() - 1);
        // an element of a list is named with its index: "paragraphs[3].number"
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || (node.getKind() == ElementKind.PARAMETER && node != last)) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
