package org.ungis.membership.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.membership.webhook.WebhookSettings;

/**
 * When a failed delivery is tried again: the configured schedule with jitter, or the endpoint's
 * own {@code Retry-After} on 429 and 503 (capped); none once the schedule is used up.
 */
@ApplicationScoped
public class RetryPolicy {
    private final List<Duration> schedule;
    private final double jitter;
    private final Duration maxRetryAfter;

    public RetryPolicy(WebhookSettings settings) {
        this.schedule = List.copyOf(settings.retrySchedule());
        this.jitter = Math.max(0, Math.min(1, settings.retryJitter()));
        this.maxRetryAfter = settings.maxRetryAfter();
    }

    /** The time of the next attempt after a failure at {@code step} (0 = the first attempt); empty when exhausted. */
    Optional<Instant> nextAttempt(int step, AttemptResult result) {
        if (step >= schedule.size()) {
            return Optional.empty();
        }
        Integer status = result.statusCode();
        if (status != null && (status == 429 || status == 503) && result.retryAfter().isPresent()) {
            Duration asked = result.retryAfter().get();
            return Optional.of(result.at().plus(asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked));
        }
        long base = schedule.get(step).toMillis();
        double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
        return Optional.of(result.at().plusMillis(Math.max(0, Math.round(base * factor))));
    }
}
