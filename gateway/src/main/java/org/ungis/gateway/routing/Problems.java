package org.ungis.gateway.routing;

import org.ungis.gateway.downstream.DownstreamException.ProblemDetails;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the gateway's own errors as RFC 9457 problem details, like every service of the platform. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(RoutingContext context, ProblemDetails problem) {
        if (context.response().ended() || context.response().headWritten()) {
            context.response().reset();
            return;
        }
        JsonObject body = new JsonObject().put("type", problem.type()).put("title", problem.title())
                .put("status", problem.status()).put("instance", context.normalizedPath());
        if (problem.detail() != null) {
            body.put("detail", problem.detail());
        }
        if (!problem.errors().isEmpty()) {
            JsonArray errors = new JsonArray();
            problem.errors().forEach(error -> errors.add(new JsonObject().put("field", error.field())
                    .put("message", error.message())));
            body.put("errors", errors);
        }
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body.encode());
    }
}
