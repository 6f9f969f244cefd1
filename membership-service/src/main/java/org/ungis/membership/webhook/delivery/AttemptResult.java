package org.ungis.membership.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one HTTP attempt gave: a status code (null when no response came), an error for the log,
 * and a {@code Retry-After} the endpoint asked for.
 */
record AttemptResult(Instant at, long durationMillis, Integer statusCode, String error, Optional<Duration> retryAfter) {

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
