package org.ungis.membership.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.ungis.membership.webhook.WebhookSettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries, on one thread of its own: leases a batch, fires the requests
 * asynchronously (up to a limit in flight), and records the outcomes in batches. Woken when a
 * message is committed or an attempt ends; looks for due retries at least once a second.
 * Several instances share the work through row leases.
 */
@ApplicationScoped
public class DeliveryDispatcher {
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    /** Longer than any attempt can take, so a live sender's lease never runs out under it. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final long IDLE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How often waiting deliveries that have become first of their stream are readied by a sweep. */
    private static final long READY_SWEEP_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Instance<DeliveryQueue> queue;
    private final WebhookSender sender;
    private final RetryPolicy retries;
    private final WebhookSettings settings;
    private final ConcurrentLinkedQueue<RecordedAttempt> finished = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestDueAgeSeconds = new AtomicLong();
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter exhausted;
    private final Timer latency;
    private volatile Thread thread;
    private volatile boolean running;

    public DeliveryDispatcher(Instance<DeliveryQueue> queue, WebhookSender sender, RetryPolicy retries,
            WebhookSettings settings, MeterRegistry registry) {
        this.queue = queue;
        this.sender = sender;
        this.retries = retries;
        this.settings = settings;
        this.delivered = Counter.builder("ungis.webhook.deliveries").tag("outcome", "delivered")
                .description("Webhook messages delivered (2xx)").register(registry);
        this.failedAttempts = Counter.builder("ungis.webhook.deliveries").tag("outcome", "attempt_failed")
                .description("Webhook attempts that failed").register(registry);
        this.exhausted = Counter.builder("ungis.webhook.deliveries").tag("outcome", "failed")
                .description("Webhook messages given up after the last retry, or to an endpoint that is gone")
                .register(registry);
        this.latency = Timer.builder("ungis.webhook.attempt.duration").description("Webhook attempt duration")
                .publishPercentiles(0.5, 0.99).register(registry);
        registry.gauge("ungis.webhook.queue.depth", pending);
        registry.gauge("ungis.webhook.oldest.due.age.seconds", oldestDueAgeSeconds);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "webhook-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the attempts in flight end and records them, so a restart does not send them twice. */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current == null) {
            return;
        }
        LockSupport.unpark(current);
        try {
            current.join(5_000);
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            recordFinished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("webhook attempts of the last moments not recorded; they will be sent again: %s", e);
        }
    }

    /** Something may be due: a message was committed, an attempt ended, a subscription resumed. */
    public void wake() {
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    private void run() {
        long backoffNanos = 0;
        long lastReadied = System.nanoTime();
        while (running) {
            try {
                recordFinished();
                int free = settings.maxInFlight() - inFlight.get();
                int leased = 0;
                if (System.nanoTime() - lastReadied >= READY_SWEEP_NANOS) {
                    lastReadied = System.nanoTime();
                    queue.get().readyWaiting(null);
                }
                if (free > 0) {
                    List<DueDelivery> due = queue.get().lease(free, settings.timeout().plus(LEASE_MARGIN));
                    leased = due.size();
                    due.forEach(this::dispatch);
                }
                backoffNanos = 0;
                if (leased == 0 || inFlight.get() >= settings.maxInFlight()) {
                    LockSupport.parkNanos(IDLE_POLL_NANOS);
                }
            } catch (Exception e) {
                backoffNanos = Math.min(Math.max(backoffNanos * 2, TimeUnit.MILLISECONDS.toNanos(100)),
                        TimeUnit.SECONDS.toNanos(5));
                LOG.warnf("webhook dispatcher waits %d ms after: %s", TimeUnit.NANOSECONDS.toMillis(backoffNanos), e);
                LockSupport.parkNanos(backoffNanos);
            }
        }
    }

    private void dispatch(DueDelivery delivery) {
        inFlight.incrementAndGet();
        sender.send(delivery).whenComplete((result, error) -> {
            AttemptResult outcome = result != null ? result
                    : new AttemptResult(Instant.now(), 0, null, "not sent: " + error, Optional.empty());
            finished.add(recorded(delivery, outcome));
            inFlight.decrementAndGet();
            wake();
        });
    }

    private RecordedAttempt recorded(DueDelivery delivery, AttemptResult result) {
        latency.record(Duration.ofMillis(result.durationMillis()));
        if (result.succeeded()) {
            delivered.increment();
            return new RecordedAttempt(delivery.id(), delivery.subscriptionId(), result, "DELIVERED",
                    delivery.scheduleStep(), null);
        }
        failedAttempts.increment();
        Optional<Instant> next = result.gone() ? Optional.empty() : retries.nextAttempt(delivery.scheduleStep(), result);
        if (next.isEmpty()) {
            exhausted.increment();
            return new RecordedAttempt(delivery.id(), delivery.subscriptionId(), result, "FAILED",
                    delivery.scheduleStep(), null);
        }
        return new RecordedAttempt(delivery.id(), delivery.subscriptionId(), result, "PENDING",
                delivery.scheduleStep() + 1, next.get());
    }

    /** Records the attempts that ended; on failure they stay queued in memory and go with the next batch. */
    private void recordFinished() throws Exception {
        if (finished.isEmpty()) {
            return;
        }
        List<RecordedAttempt> batch = new ArrayList<>();
        RecordedAttempt attempt;
        while (batch.size() < 2_000 && (attempt = finished.poll()) != null) {
            batch.add(attempt);
        }
        try {
            queue.get().record(batch, settings.disableAfter());
        } catch (Exception e) {
            finished.addAll(batch);
            throw e;
        }
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDepth() {
        try {
            DeliveryQueue.QueueDepth depth = queue.get().depth();
            pending.set(depth.pending());
            oldestDueAgeSeconds.set(Math.round(depth.oldestDueAgeSeconds()));
        } catch (Exception e) {
            LOG.debugf("webhook queue depth unavailable: %s", e);
        }
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldMessages() {
        try {
            int deleted = queue.get().deleteOlderThan(Instant.now().minus(settings.retention()));
            if (deleted > 0) {
                LOG.infof("forgot %d webhook messages older than %s", deleted, settings.retention());
            }
        } catch (Exception e) {
            LOG.warnf("cannot forget old webhook messages: %s", e);
        }
    }
}
