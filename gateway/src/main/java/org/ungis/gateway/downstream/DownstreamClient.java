package org.ungis.gateway.downstream;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The one client of one service: a pooled, non-blocking Vert.x HTTP client, a timeout per call, a
 * circuit breaker, and a count of the calls made (exposed as the Micrometer counter
 * {@code ungis_gateway_downstream_calls_total{service=...}}), which is how batching is checked.
 */
public final class DownstreamClient {
    private final Service service;
    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private final CircuitBreaker breaker;
    private final ObjectMapper mapper;
    private final AtomicLong calls = new AtomicLong();
    private final Counter callCounter;

    DownstreamClient(Service service, URI base, HttpClient http, DownstreamServices settings, ObjectMapper mapper,
            MeterRegistry registry) {
        this.service = service;
        this.base = base;
        this.http = http;
        this.timeout = settings.timeout();
        this.breaker = new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor());
        this.mapper = mapper;
        this.callCounter = Counter.builder("ungis.gateway.downstream.calls").tag("service", service.routeName())
                .description("Requests the gateway sent to a service").register(registry);
    }

    public Service service() {
        return service;
    }

    /** Requests sent to this service since start. */
    public long calls() {
        return calls.get();
    }

    public Uni<JsonNode> get(String uri) {
        return send(HttpMethod.GET, uri, null, null);
    }

    /**
     * Sends a request with an optional JSON body and the caller's {@code Authorization}; a 2xx
     * answer's JSON body (null node when empty), otherwise fails with the service's problem details.
     */
    public Uni<JsonNode> send(HttpMethod method, String uri, Object body, String authorization) {
        return Uni.createFrom().deferred(() -> {
            Buffer payload;
            try {
                payload = body == null ? null : Buffer.buffer(mapper.writeValueAsBytes(body));
            } catch (Exception e) {
                return Uni.createFrom().failure(e);
            }
            Future<Answer> exchange = open(options(method, uri)).compose(request -> {
                request.putHeader(HttpHeaders.ACCEPT, "application/json");
                if (authorization != null) {
                    request.putHeader(HttpHeaders.AUTHORIZATION, authorization);
                }
                if (payload != null) {
                    request.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
                }
                return payload == null ? request.send() : request.send(payload);
            }).compose(response -> response.body().map(content -> new Answer(response.statusCode(), content)));
            return Uni.createFrom().completionStage(exchange.toCompletionStage())
                    .ifNoItem().after(timeout).failWith(TimeoutException::new)
                    .onItemOrFailure().transformToUni((answer, failure) -> {
                        if (failure != null) {
                            DownstreamException unavailable = unavailable(failure);
                            recordOutcome(false);
                            return Uni.createFrom().failure(unavailable);
                        }
                        recordOutcome(answer.status() < 500);
                        if (answer.status() >= 200 && answer.status() < 300) {
                            return Uni.createFrom().item(() -> json(answer.body()));
                        }
                        return Uni.createFrom().failure(new DownstreamException(service, problem(answer)));
                    });
        });
    }

    /**
     * Opens a request to the service for the REST router, after the breaker let it through (counted
     * as a call); fails with {@link DownstreamException} when the breaker is open.
     */
    public Future<HttpClientRequest> open(RequestOptions options) {
        if (!breaker.allows()) {
            return Future.failedFuture(new DownstreamException(service, DownstreamException.ProblemDetails.of(
                    "service-unavailable", 503, "Service Unavailable", service.serviceName()
                            + " failed repeatedly and is given a rest; try again in a few seconds.")));
        }
        calls.incrementAndGet();
        callCounter.increment();
        return http.request(options);
    }

    public RequestOptions options(HttpMethod method, String uri) {
        return new RequestOptions().setMethod(method).setHost(base.getHost()).setPort(port()).setURI(uri)
                .setTimeout(timeout.toMillis());
    }

    /** What the router reports after an exchange: an answer below 500 counts as success. */
    public void recordOutcome(boolean succeeded) {
        if (succeeded) {
            breaker.succeeded();
        } else {
            breaker.failed();
        }
    }

    /** The problem details for a call that got no answer: 504 on timeout, 502 otherwise (503 kept). */
    public DownstreamException unavailable(Throwable failure) {
        if (failure instanceof DownstreamException known) {
            return known;
        }
        boolean timedOut = failure instanceof TimeoutException
                || (failure.getMessage() != null && failure.getMessage().contains("timeout"));
        if (timedOut) {
            return new DownstreamException(service, DownstreamException.ProblemDetails.of("gateway-timeout", 504,
                    "Gateway Timeout", service.serviceName() + " did not answer within " + timeout.toMillis() + " ms."));
        }
        return new DownstreamException(service, DownstreamException.ProblemDetails.of("bad-gateway", 502,
                "Bad Gateway", service.serviceName() + " could not be reached."));
    }

    private int port() {
        return base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
    }

    private JsonNode json(Buffer body) {
        if (body.length() == 0) {
            return NullNode.getInstance();
        }
        try {
            return mapper.readTree(body.getBytes());
        } catch (Exception e) {
            throw new IllegalStateException(service.serviceName() + " answered with a body that is not JSON", e);
        }
    }

    private DownstreamException.ProblemDetails problem(Answer answer) {
        try {
            JsonNode body = mapper.readTree(answer.body().getBytes());
            List<DownstreamException.FieldError> errors = new ArrayList<>();
            body.path("errors").forEach(error -> errors.add(
                    new DownstreamException.FieldError(error.path("field").asText(null), error.path("message").asText(null))));
            return new DownstreamException.ProblemDetails(body.path("type").asText("about:blank"), answer.status(),
                    body.path("title").asText(null), body.path("detail").asText(null), errors);
        } catch (Exception notProblemDetails) {
            return new DownstreamException.ProblemDetails("about:blank", answer.status(), "HTTP " + answer.status(),
                    null, List.of());
        }
    }

    private record Answer(int status, Buffer body) {
    }
}
