package org.ungis.gateway.routing;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ungis.gateway.downstream.Downstream;
import org.ungis.gateway.downstream.DownstreamClient;
import org.ungis.gateway.downstream.DownstreamException;
import org.ungis.gateway.downstream.DownstreamException.ProblemDetails;
import org.ungis.gateway.downstream.Service;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /api/membership/**}, {@code /api/resolutions/**} and {@code /api/events/**}: passed through to
 * the service with method, path, query string, headers (Authorization included) and body as sent,
 * and the answer streamed back with its status and headers. The gateway's own failures (service
 * unreachable, slow, or resting after repeated failures) are problem details: 502, 504, 503.
 */
@ApplicationScoped
public class RestRouting {
    /** Hop-by-hop headers (RFC 9110 §7.6.1), which concern one connection and are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Downstream downstream;

    public RestRouting(Downstream downstream) {
        this.downstream = downstream;
    }

    void install(@Observes Router router) {
        for (Service service : Service.values()) {
            String prefix = "/api/" + service.routeName();
            router.route(prefix).handler(context -> forward(context, downstream.client(service), prefix));
            router.route(prefix + "/*").handler(context -> forward(context, downstream.client(service), prefix));
        }
        router.route().order(Integer.MAX_VALUE).handler(context -> Problems.send(context,
                ProblemDetails.of("not-found", 404, "Not Found", "No resource at this address.")));
    }

    private void forward(RoutingContext context, DownstreamClient client, String prefix) {
        HttpServerRequest incoming = context.request();
        incoming.pause();
        String rest = incoming.uri().substring(prefix.length());
        String uri = rest.isEmpty() || rest.charAt(0) == '?' ? "/" + rest : rest;
        client.open(client.options(incoming.method(), uri)).onComplete(opened -> {
            if (opened.failed()) {
                incoming.resume();
                fail(context, client, opened.cause());
                return;
            }
            HttpClientRequest outgoing = opened.result();
            incoming.headers().forEach(header -> {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                    outgoing.headers().add(header.getKey(), header.getValue());
                }
            });
            outgoing.putHeader("X-Forwarded-Host", incoming.host() == null ? "" : incoming.host());
            outgoing.putHeader("X-Forwarded-Prefix", prefix);
            outgoing.send(incoming).onComplete(answered -> {
                if (answered.failed()) {
                    fail(context, client, answered.cause());
                    return;
                }
                HttpClientResponse answer = answered.result();
                client.recordOutcome(answer.statusCode() < 500);
                HttpServerResponse response = context.response().setStatusCode(answer.statusCode());
                response.setStatusMessage(answer.statusMessage());
                answer.headers().forEach(header -> {
                    if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                        response.headers().add(header.getKey(), header.getValue());
                    }
                });
                if (isProblem(answer)) {
                    response.headers().remove("content-length");
                    answer.body().onSuccess(body -> response.end(withRoutedInstance(body, prefix)))
                            .onFailure(broken -> response.reset());
                    return;
                }
                if (answer.getHeader("content-length") == null) {
                    response.setChunked(true);
                }
                response.send(answer).onFailure(broken -> response.reset());
            });
        });
    }

    private static boolean isProblem(HttpClientResponse answer) {
        String type = answer.getHeader("content-type");
        return type != null && type.startsWith(Problems.MEDIA_TYPE);
    }

    /**
     * A service's problem names the address as the service saw it ({@code /organizations/X}); the
     * partner asked for it under the gateway's prefix ({@code /api/membership/organizations/X}).
     * Problems are small, so they are read whole and their {@code instance} rewritten; a body that
     * is not a JSON object goes back as it came.
     */
    static Buffer withRoutedInstance(Buffer body, String prefix) {
        try {
            JsonObject problem = body.toJsonObject();
            if (problem.getValue("instance") instanceof String instance && instance.startsWith("/")) {
                return problem.put("instance", prefix + instance).toBuffer();
            }
        } catch (DecodeException notAnObject) {
            // passed on unchanged
        }
        return body;
    }

    private static void fail(RoutingContext context, DownstreamClient client, Throwable cause) {
        DownstreamException failure = client.unavailable(cause);
        if (!(cause instanceof DownstreamException)) {
            client.recordOutcome(false);
        }
        Problems.send(context, failure.problem());
    }
}
