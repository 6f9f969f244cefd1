package org.ungis.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details for what never reaches a resource: an address no route serves, and a request
 * the HTTP layer refused (a body over the size limit).
 */
@ApplicationScoped
public class RouteProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(RouteProblems::refused);
        router.route().order(Integer.MAX_VALUE).handler(context -> send(context, new Problem(
                Problem.type("not-found"), "Not Found", 404, "No resource at this address.", null, List.of())));
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
