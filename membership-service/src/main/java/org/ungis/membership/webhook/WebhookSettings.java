package org.ungis.membership.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are signed, checked and delivered ({@code ungis.webhooks.*}). */
@ConfigMapping(prefix = "ungis.webhooks")
public interface WebhookSettings {

    /**
     * Base64 of the 32-byte AES key that encrypts signing secrets at rest. Required outside the dev
     * and test profiles.
     */
    Optional<String> secretKey();

    /** Plain {@code http} endpoints are refused unless this is false (dev and test only). */
    @WithDefault("true")
    boolean requireHttps();

    /**
     * Networks (CIDR, or single addresses) that endpoints may resolve to although they are
     * loopback, private or otherwise internal. Empty in production.
     */
    Optional<List<String>> allowedNetworks();

    /** Waits before each retry after a failed attempt; its length is the number of retries. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** Each wait is varied randomly by up to this fraction, so endpoints that failed together don't retry together. */
    @WithDefault("0.2")
    double retryJitter();

    /** Longest wait honoured from a {@code Retry-After} header. */
    @WithDefault("10h")
    Duration maxRetryAfter();

    @WithDefault("5s")
    Duration connectTimeout();

    /** An attempt is a success only if a 2xx answer arrives within this time. */
    @WithDefault("15s")
    Duration timeout();

    /** How much of a response body is kept in the attempt log; the rest is not read. */
    @WithDefault("1024")
    int maxResponseBytes();

    /** An endpoint whose attempts have all failed for this long is disabled. */
    @WithDefault("5d")
    Duration disableAfter();

    /** How long the secret before a rotation still signs (both signatures are sent meanwhile). */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** Deliveries in flight at once, over all endpoints. */
    @WithDefault("1024")
    int maxInFlight();

    /**
     * Attempts in flight at once to one endpoint (scheme, host and port), over as many
     * connections; the rest of its messages wait their turn without their timeout running.
     */
    @WithDefault("32")
    int maxInFlightPerEndpoint();

    /** Messages are kept this long for the delivery log and replays. */
    @WithDefault("30d")
    Duration retention();
}
