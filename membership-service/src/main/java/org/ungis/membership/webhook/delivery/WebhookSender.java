package org.ungis.membership.webhook.delivery;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.membership.webhook.WebhookSettings;
import org.ungis.membership.webhook.safety.EndpointPolicy;
import org.ungis.membership.webhook.safety.EndpointPolicy.Endpoint;
import org.ungis.membership.webhook.safety.RefusedEndpointException;
import org.ungis.membership.webhook.subscription.SigningSecrets;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Sends one signed POST (Standard Webhooks headers) to the address the endpoint policy checked,
 * with the URL's host as Host and TLS name; no redirects; connect and total timeouts; reads at
 * most a small part of the answer.
 */
@ApplicationScoped
public class WebhookSender {
    private static final String USER_AGENT = "UNGIS-Webhooks/1.0";
    private static final int MAX_PARSED_ENDPOINTS = 10_000;

    private final Vertx vertx;
    private final EndpointPolicy policy;
    private final SigningSecrets secrets;
    private final WebhookSettings settings;
    private final HttpClient client;
    private final Map<UUID, Signers> signers = new ConcurrentHashMap<>();
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    public WebhookSender(Vertx vertx, EndpointPolicy policy, SigningSecrets secrets, WebhookSettings settings) {
        this.vertx = vertx;
        this.policy = policy;
        this.secrets = secrets;
        this.settings = settings;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout(30)
                .setMaxPoolSize(settings.maxInFlightPerEndpoint())
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0)
                .setTryUseCompression(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * Works out one attempt: checks and resolves the endpoint (a host name may take a DNS lookup,
     * so not on an event loop), signs the body, writes the headers. Never fails: an endpoint that
     * is refused or a secret that cannot sign gives an attempt whose outcome is known already.
     */
    Prepared prepare(DueDelivery delivery) {
        Instant now = Instant.now();
        Endpoint endpoint;
        InetAddress address;
        String signature;
        long timestamp = now.getEpochSecond();
        try {
            endpoint = parsed(delivery.url());
            address = policy.resolve(endpoint);
            signature = signers(delivery).sign(delivery.messageId(), timestamp, delivery.body(), now);
        } catch (RefusedEndpointException e) {
            return Prepared.notSent(new AttemptResult(now, 0, null, e.getMessage(), Optional.empty()));
        } catch (RuntimeException e) {
            return Prepared.notSent(new AttemptResult(now, 0, null, "not sent: " + e.getMessage(), Optional.empty()));
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(endpoint.port(), address.getHostAddress()))
                .setHost(endpoint.host())
                .setPort(endpoint.port())
                .setSsl(endpoint.tls())
                .setURI(endpoint.pathAndQuery())
                .setFollowRedirects(false)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", USER_AGENT)
                .putHeader("webhook-id", delivery.messageId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signature);
        return new Prepared(options, Buffer.buffer(delivery.body()), null);
    }

    /**
     * Sends a prepared attempt; {@code done} gets its outcome, once. To be called on an event-loop
     * context: the timer, the connection and the answer then all stay on its thread, and
     * {@code done} runs there too (at once for an attempt that was not to be sent).
     */
    void send(Prepared attempt, Consumer<AttemptResult> done) {
        if (attempt.notSent() != null) {
            done.accept(attempt.notSent());
            return;
        }
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        Promise<AttemptResult> outcome = Promise.promise();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long timer = vertx.setTimer(settings.timeout().toMillis(), id -> {
            if (finished.compareAndSet(false, true)) {
                outcome.complete(new AttemptResult(start, elapsed(startNanos), null,
                        "no answer within " + settings.timeout().toSeconds() + " s", Optional.empty()));
                HttpClientRequest request = sent.get();
                if (request != null) {
                    request.reset(); // gives up the connection instead of waiting on it
                }
            }
        });
        outcome.future().onComplete(result -> {
            vertx.cancelTimer(timer);
            done.accept(result.result());
        });
        client.request(attempt.options()).onComplete(connected -> {
            if (connected.failed()) {
                fail(connected.cause(), start, startNanos, finished, outcome);
                return;
            }
            HttpClientRequest request = connected.result();
            sent.set(request);
            // the callback form runs as the headers arrive, before any of the body is handed on
            request.send(attempt.body(), answered -> {
                if (answered.failed()) {
                    fail(answered.cause(), start, startNanos, finished, outcome);
                } else {
                    readCapped(answered.result(), start, startNanos, finished, outcome);
                }
            });
        });
    }

    /** The endpoint of a URL, parsed once: the same few URLs come back thousands of times a second. */
    private Endpoint parsed(String url) {
        Endpoint endpoint = endpoints.get(url);
        if (endpoint == null) {
            endpoint = policy.parse(url); // a refused URL throws, and is not kept
            if (endpoints.size() >= MAX_PARSED_ENDPOINTS) {
                endpoints.clear();
            }
            endpoints.put(url, endpoint);
        }
        return endpoint;
    }

    private static void fail(Throwable error, Instant start, long startNanos, AtomicBoolean finished,
            Promise<AttemptResult> outcome) {
        if (finished.compareAndSet(false, true)) {
            outcome.complete(new AttemptResult(start, elapsed(startNanos), null, describe(error), Optional.empty()));
        }
    }

    private void readCapped(HttpClientResponse response, Instant start, long startNanos, AtomicBoolean finished,
            Promise<AttemptResult> outcome) {
        int cap = settings.maxResponseBytes();
        Buffer kept = Buffer.buffer();
        Runnable complete = () -> {
            if (finished.compareAndSet(false, true)) {
                int status = response.statusCode();
                String error = status >= 200 && status < 300 ? null
                        : "HTTP " + status + (kept.length() == 0 ? "" : ": " + kept.toString().strip());
                if (status >= 300 && status < 400) {
                    error = "HTTP " + status + " redirect (redirects are not followed)";
                }
                outcome.complete(new AttemptResult(start, elapsed(startNanos), status, error,
                        retryAfter(response.getHeader("retry-after"), Instant.now())));
            }
        };
        response.handler(chunk -> {
            if (kept.length() < cap) {
                kept.appendBuffer(chunk, 0, Math.min(chunk.length(), cap - kept.length()));
            }
            if (kept.length() >= cap && !finished.get()) {
                complete.run();
                response.request().reset(); // the rest is not read
            }
        });
        response.endHandler(end -> complete.run());
        response.exceptionHandler(error -> complete.run());
    }

    private Signers signers(DueDelivery delivery) {
        Signers cached = signers.get(delivery.subscriptionId());
        if (cached != null && cached.matches(delivery)) {
            return cached;
        }
        Signers fresh = new Signers(delivery.secret(), delivery.previousSecret(),
                webhook(secrets.decrypt(delivery.secret(), delivery.subscriptionId())),
                delivery.previousSecret() == null ? null
                        : webhook(secrets.decrypt(delivery.previousSecret(), delivery.subscriptionId())),
                delivery.previousSecretExpiresAt());
        signers.put(delivery.subscriptionId(), fresh);
        return fresh;
    }

    private static WebhookSigner webhook(String secret) {
        try {
            return new WebhookSigner(secret);
        } catch (RuntimeException e) {
            throw new IllegalStateException("unusable signing secret", e);
        }
    }

    /** {@code Retry-After} as seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(value.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static long elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** The subscription's current signer and, during a rotation, the previous one. */
    private record Signers(byte[] secret, byte[] previousSecret, WebhookSigner current, WebhookSigner previous,
            Instant previousExpiresAt) {

        boolean matches(DueDelivery delivery) {
            return Arrays.equals(secret, delivery.secret()) && Arrays.equals(previousSecret, delivery.previousSecret());
        }

        String sign(String messageId, long timestamp, byte[] body, Instant now) {
            String signature = current.sign(messageId, timestamp, body);
            if (previous != null && previousExpiresAt != null && previousExpiresAt.isAfter(now)) {
                signature += " " + previous.sign(messageId, timestamp, body);
            }
            return signature;
        }
    }

    /** An attempt ready to go, or, when it is not to be sent, its outcome. */
    record Prepared(RequestOptions options, Buffer body, AttemptResult notSent) {
        static Prepared notSent(AttemptResult outcome) {
            return new Prepared(null, null, outcome);
        }
    }
}
