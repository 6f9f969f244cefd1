package org.ungis.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details for what never reaches a resource: an address no route serves, and a body over
 * the size limit ({@code ungis.http.max-body-size}, checked against Content-Length before the body
 * is read; the HTTP layer's own, higher limit is the backstop for bodies without a length).
 */
@ApplicationScoped
public class RouteProblems {
    private final MemorySize maxBodySize;

    public RouteProblems(@ConfigProperty(name = "ungis.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(RouteProblems::refused);
        router.route().order(Integer.MAX_VALUE).handler(context -> send(context, new Problem(
                Problem.type("not-found"), "Not Found", 404, "No resource at this address.", null, List.of())));
    }

    private void limitBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && (length.length() > 18 || Long.parseLong(length) > maxBodySize.asLongValue())) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(context, tooLarge());
        } else {
            context.next();
        }
    }

    private Problem tooLarge() {
        return new Problem(Problem.type("payload-too-large"), "Payload Too Large", 413,
                "The request body is larger than the " + maxBodySize.asLongValue() + " bytes this service accepts.",
                null, List.of());
    }

    private static void refused(RoutingContext context) {
        int status = context.statusCode();
        if (status == 413) {
            send(context, new Problem(Problem.type("payload-too-large"), "Payload Too Large", 413,
                    "The request body is larger than this service accepts.", null, List.of()));
        } else {
            context.next();
        }
    }

    private static void send(RoutingContext context, Problem problem) {
        if (context.response().ended()) {
            return;
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem.withInstance(context.normalizedPath())));
    }
}
