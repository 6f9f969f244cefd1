package org.ungis.gateway.downstream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stops calling a service after {@code threshold} failures in a row, for {@code openFor}; then lets
 * one trial call through (half-open): its success closes the breaker, its failure opens it again.
 * Small on purpose: one counter and one deadline per service.
 */
final class CircuitBreaker {
    private final int threshold;
    private final long openForNanos;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong openUntil = new AtomicLong(Long.MIN_VALUE);

    CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
    }

    /** Whether a call may go out now; in the half-open state only the first caller gets through. */
    boolean allows() {
        long until = openUntil.get();
        if (until == Long.MIN_VALUE) {
            return true;
        }
        long now = System.nanoTime();
        // past the deadline: one trial, the others wait for its outcome for another period
        return now - until >= 0 && openUntil.compareAndSet(until, now + openForNanos);
    }

    void succeeded() {
        failures.set(0);
        openUntil.set(Long.MIN_VALUE);
    }

    void failed() {
        if (failures.incrementAndGet() >= threshold) {
            openUntil.set(System.nanoTime() + openForNanos);
        }
    }

    boolean isOpen() {
        return openUntil.get() != Long.MIN_VALUE;
    }
}
