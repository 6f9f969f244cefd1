package org.ungis.membership.webhook.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends deliveries, on one thread of its own. Most arrive in memory straight from the
 * transaction that queued them, already leased to this instance; the rest (retries, resumed
 * subscriptions, redeliveries, the leases of an instance that died) it leases from the table at
 * least once a second. Each stream (one organization's messages to one subscription) sends one
 * message at a time, oldest first; each endpoint gets at most a few attempts at once, and the
 * whole instance a bounded number. The thread prepares the attempts that may start (the address
 * checked, the body signed) and hands them to one event loop together, which sends them and
 * hands back their outcomes; neither thread is woken unless it sleeps. Outcomes are recorded in
 * batches by a thread of their own. Several instances share the
 * work through row leases, and a delivery is only sent while its lease has time for a whole
 * attempt, so two instances never send it at once.
 */
@ApplicationScoped
public class DeliveryDispatcher {
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    /** Added to the attempt timeout: how long a lease outlasts the latest moment an attempt may start. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    /** An attempt starts only while its lease has at least the timeout and this left. */
    private static final long START_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final long LEASE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How often waiting deliveries that have become first of their stream are readied by a sweep. */
    private static final long READY_SWEEP_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int RECORD_BATCH = 2_000;
    /**
     * How long the recorder lets finished attempts gather before it stores them: each batch costs
     * a few round trips whatever its size, so at thousands of deliveries a second a longer wait
     * means fewer, fuller transactions. A crash loses at most this much, and those deliveries are
     * sent again with the same webhook-id.
     */
    private static final long RECORD_LINGER_MILLIS = 50;

    private final Instance<DeliveryQueue> queue;
    private final WebhookSender sender;
    private final Vertx vertx;
    private final RetryPolicy retries;
    private final WebhookSettings settings;
    private final UUID instance = UUID.randomUUID();
    private final Duration lease;
    private final int maxHeld;

    // handed over from other threads
    private final ConcurrentLinkedQueue<DueDelivery> arrived = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Sent> completed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<UUID> changed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean leaseWanted = new AtomicBoolean(true);
    /** Deliveries in memory, queued or in flight: what decides whether new ones are held or left to a lease. */
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();

    // the dispatcher thread's own
    private final Map<StreamKey, Stream> streams = new HashMap<>();
    private final ArrayDeque<Stream> runnable = new ArrayDeque<>();
    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final Map<String, String> authorities = new HashMap<>();
    /** Deliveries held without a row, by message: when none is left, the message is fanned out. */
    private final Map<String, int[]> unstoredByMessage = new HashMap<>();
    /** Handed to the recorder thread. */
    private final ConcurrentLinkedQueue<RecordedAttempt> finished = new ConcurrentLinkedQueue<>();

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestDueAgeSeconds = new AtomicLong();
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter exhausted;
    private final Timer latency;
    private volatile Thread thread;
    private volatile Thread recorder;
    private volatile boolean running;
    /** The dispatcher thread is parked, or about to park: who hands it work unparks it. */
    private volatile boolean dispatcherSleeps;
    /** The recorder thread is parked until more attempts end, or about to park. */
    private volatile boolean recorderSleeps;
    /** Where attempts are sent from: one event loop, set when the dispatcher thread starts. */
    private volatile Context loop;

    public DeliveryDispatcher(Instance<DeliveryQueue> queue, WebhookSender sender, Vertx vertx, RetryPolicy retries,
            WebhookSettings settings, MeterRegistry registry) {
        this.queue = queue;
        this.sender = sender;
        this.vertx = vertx;
        this.retries = retries;
        this.settings = settings;
        this.lease = settings.timeout().plus(LEASE_MARGIN);
        this.maxHeld = settings.maxInFlight() * 64; // a few hundred bytes each: a burst waits here, not in the table
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
        registry.gauge("ungis.webhook.held", held);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "webhook-dispatcher");
        thread.setDaemon(true);
        thread.start();
        recorder = new Thread(this::record, "webhook-recorder");
        recorder.setDaemon(true);
        recorder.start();
    }

    /**
     * Lets the attempts in flight end and records them, so a restart does not send them twice,
     * and gives back the leases of what was not sent, so it goes at once after a restart.
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current == null) {
            return;
        }
        LockSupport.unpark(current);
        LockSupport.unpark(recorder);
        try {
            current.join(5_000);
            recorder.join(5_000);
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            takeCompleted();
            letGoOfEverythingQueued();
            recordFinished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("webhook attempts of the last moments not recorded; they will be sent again: %s", e);
        }
    }

    /** The instance's name on the leases it holds. */
    UUID instance() {
        return instance;
    }

    /** How long a lease lasts: longer than any attempt, with a margin. */
    Duration leaseDuration() {
        return lease;
    }

    /** Whether deliveries queued now can be held in memory; if not, they wait in the table for a lease. */
    boolean hasRoom() {
        return running && held.get() < maxHeld;
    }

    /** Deliveries leased to this instance as they were queued, in the order they were queued. */
    void send(List<DueDelivery> deliveries) {
        held.addAndGet(deliveries.size());
        arrived.addAll(deliveries);
        wakeDispatcher();
    }

    /** Subscriptions that changed: what is held for them is let go and leased again as they are now. */
    void forget(List<UUID> subscriptions) {
        changed.addAll(subscriptions);
        wake();
    }

    /** Unparks the dispatcher thread if it sleeps (before it has started, there is none: no effect). */
    private void wakeDispatcher() {
        if (dispatcherSleeps) {
            LockSupport.unpark(thread);
        }
    }

    /** Something may be due in the table: a retry, a resumed subscription, a redelivery, a ping. */
    public void wake() {
        leaseWanted.set(true);
        wakeDispatcher();
    }

    /** The dispatcher thread: memory only, apart from leasing from the table now and then. */
    private void run() {
        // a plain thread's own event-loop context: every attempt is sent from this one event loop
        loop = vertx.getOrCreateContext();
        long backoffNanos = 0;
        long lastLease = 0;
        while (running) {
            try {
                takeCompleted();
                takeChanged();
                takeArrived();
                long now = System.nanoTime();
                boolean full = false;
                if (leaseWanted.get() || now - lastLease >= LEASE_POLL_NANOS) {
                    int room = roomToLease();
                    if (room > 0) {
                        leaseWanted.set(false);
                        lastLease = now;
                        boolean refannedOut = queue.get().fanOutAbandoned() > 0;
                        List<DueDelivery> due = queue.get().lease(room, lease, instance);
                        held.addAndGet(due.size());
                        due.forEach(this::queue);
                        full = due.size() == room || refannedOut;
                    }
                }
                sendRunnable();
                backoffNanos = 0;
                if (!full) {
                    dispatcherSleeps = true; // then look again: whatever is handed over after this wakes the thread
                    if (nothingHandedOver() && !(leaseWanted.get() && roomToLease() > 0)) {
                        LockSupport.parkNanos(LEASE_POLL_NANOS);
                    }
                    dispatcherSleeps = false;
                }
            } catch (Exception e) {
                backoffNanos = Math.min(Math.max(backoffNanos * 2, TimeUnit.MILLISECONDS.toNanos(100)),
                        TimeUnit.SECONDS.toNanos(5));
                LOG.warnf("webhook dispatcher waits %d ms after: %s", TimeUnit.NANOSECONDS.toMillis(backoffNanos), e);
                LockSupport.parkNanos(backoffNanos);
            }
        }
    }

    private boolean nothingHandedOver() {
        return arrived.isEmpty() && completed.isEmpty() && changed.isEmpty();
    }

    private int roomToLease() {
        return Math.min(maxHeld - held.get(), settings.maxInFlight());
    }

    private void takeArrived() {
        DueDelivery delivery;
        while ((delivery = arrived.poll()) != null) {
            if (!delivery.stored()) {
                unstoredByMessage.computeIfAbsent(delivery.messageId(), id -> new int[1])[0]++;
            }
            queue(delivery);
        }
    }

    /** Whether {@code delivery} is the last of its message held without a row (then the message is fanned out). */
    private boolean lastOfMessage(DueDelivery delivery) {
        if (delivery.stored()) {
            return false;
        }
        int[] left = unstoredByMessage.get(delivery.messageId());
        if (left == null || --left[0] > 0) {
            return false;
        }
        unstoredByMessage.remove(delivery.messageId());
        return true;
    }

    /** Gives a delivery back unsent: a row due now (or its row's lease given up), for whoever leases it next. */
    private void letGo(DueDelivery delivery) {
        finished.add(RecordedAttempt.released(delivery, lastOfMessage(delivery)));
        held.decrementAndGet();
        wakeRecorder();
    }

    private void wakeRecorder() {
        if (recorderSleeps) {
            LockSupport.unpark(recorder);
        }
    }

    private void queue(DueDelivery delivery) {
        Stream stream = streams.computeIfAbsent(new StreamKey(delivery.subscriptionId(), delivery.subject()),
                Stream::new);
        stream.waiting.add(delivery);
        if (!stream.busy && !stream.scheduled) {
            schedule(stream);
        }
    }

    private void schedule(Stream stream) {
        stream.scheduled = true;
        runnable.add(stream);
    }

    /**
     * Starts the first message of each stream that may go, as far as the limits allow: prepares
     * each here, then hands them all to the event loop at once.
     */
    private void sendRunnable() {
        List<Runnable> ready = new ArrayList<>();
        Stream stream;
        while (running && inFlight.get() < settings.maxInFlight() && (stream = runnable.poll()) != null) {
            stream.scheduled = false;
            DueDelivery delivery = stream.waiting.peek();
            if (delivery == null) {
                streams.remove(stream.key);
                continue;
            }
            Endpoint endpoint = endpoint(delivery.url());
            if (endpoint.inFlight >= settings.maxInFlightPerEndpoint()) {
                stream.scheduled = true;
                endpoint.blocked.add(stream);
                continue;
            }
            stream.waiting.poll();
            if (delivery.leasedUntilNanos() - System.nanoTime() < settings.timeout().toNanos() + START_MARGIN_NANOS) {
                // waited too long here to finish before its lease runs out: leave it to whoever leases it next
                letGo(delivery);
                schedule(stream);
                continue;
            }
            stream.busy = true;
            endpoint.inFlight++;
            inFlight.incrementAndGet();
            WebhookSender.Prepared attempt = sender.prepare(delivery);
            Stream sending = stream;
            ready.add(() -> sender.send(attempt, outcome -> {
                completed.add(new Sent(delivery, sending, endpoint, outcome));
                wakeDispatcher();
            }));
        }
        if (!ready.isEmpty()) {
            loop.runOnContext(start -> ready.forEach(Runnable::run));
        }
    }

    private void takeCompleted() {
        Sent sent;
        boolean any = false;
        while ((sent = completed.poll()) != null) {
            any = true;
            inFlight.decrementAndGet();
            held.decrementAndGet();
            finished.add(recorded(sent.delivery, sent.result, lastOfMessage(sent.delivery)));
            Stream stream = sent.stream;
            stream.busy = false;
            if (sent.result.gone()) {
                dropQueued(sent.delivery.subscriptionId()); // the endpoint is disabled with this attempt
            }
            if (!stream.waiting.isEmpty()) {
                schedule(stream);
            } else if (!stream.scheduled) {
                streams.remove(stream.key);
            }
            Endpoint endpoint = sent.endpoint;
            endpoint.inFlight--;
            Stream next = endpoint.blocked.poll();
            if (next != null) {
                runnable.add(next); // still marked scheduled
            }
        }
        if (any) {
            wakeRecorder(); // once the outcomes are there, so a recorder about to sleep cannot miss them
        }
    }

    private void takeChanged() {
        UUID subscription;
        while ((subscription = changed.poll()) != null) {
            dropQueued(subscription);
        }
    }

    /** Lets go of what is queued (not in flight) for a subscription. */
    private void dropQueued(UUID subscription) {
        for (Iterator<Stream> all = streams.values().iterator(); all.hasNext();) {
            Stream stream = all.next();
            if (stream.key.subscription.equals(subscription)) {
                DueDelivery delivery;
                while ((delivery = stream.waiting.poll()) != null) {
                    letGo(delivery);
                }
                if (!stream.busy && !stream.scheduled) {
                    all.remove();
                }
            }
        }
    }

    private void letGoOfEverythingQueued() {
        takeArrived();
        for (Stream stream : streams.values()) {
            DueDelivery delivery;
            while ((delivery = stream.waiting.poll()) != null) {
                letGo(delivery);
            }
        }
    }

    private Endpoint endpoint(String url) {
        if (authorities.size() > 10_000) {
            authorities.clear();
        }
        return endpoints.computeIfAbsent(authorities.computeIfAbsent(url, DeliveryDispatcher::authority),
                authority -> new Endpoint());
    }

    /** Scheme, host and port: what one connection pool serves. */
    private static String authority(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private RecordedAttempt recorded(DueDelivery delivery, AttemptResult result, boolean completesMessage) {
        latency.record(Duration.ofMillis(result.durationMillis()));
        if (result.succeeded()) {
            delivered.increment();
            return new RecordedAttempt(delivery, result, "DELIVERED", delivery.scheduleStep(), null, completesMessage);
        }
        failedAttempts.increment();
        Optional<Instant> next = result.gone() ? Optional.empty() : retries.nextAttempt(delivery.scheduleStep(), result);
        if (next.isEmpty()) {
            exhausted.increment();
            return new RecordedAttempt(delivery, result, "FAILED", delivery.scheduleStep(), null, completesMessage);
        }
        return new RecordedAttempt(delivery, result, "PENDING", delivery.scheduleStep() + 1, next.get(),
                completesMessage);
    }

    /**
     * The recorder thread: stores outcomes in batches, gives back leases the dispatcher let go,
     * and readies waiting deliveries, so the dispatcher never waits on the database to send.
     */
    private void record() {
        long backoffNanos = 0;
        long lastReadied = System.nanoTime();
        while (running) {
            try {
                if (!finished.isEmpty()) {
                    Thread.sleep(RECORD_LINGER_MILLIS); // lets a batch gather: one transaction for many attempts
                }
                boolean readied = recordFinished() > 0;
                if (System.nanoTime() - lastReadied >= READY_SWEEP_NANOS) {
                    lastReadied = System.nanoTime();
                    readied |= queue.get().readyWaiting(null) > 0;
                }
                if (readied) {
                    wake();
                }
                backoffNanos = 0;
                recorderSleeps = true; // then look again: an attempt that ends after this wakes the thread
                if (finished.isEmpty()) {
                    LockSupport.parkNanos(READY_SWEEP_NANOS); // until an attempt ends (or the next sweep)
                }
                recorderSleeps = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoffNanos = Math.min(Math.max(backoffNanos * 2, TimeUnit.MILLISECONDS.toNanos(100)),
                        TimeUnit.SECONDS.toNanos(5));
                LOG.warnf("webhook recorder waits %d ms after: %s", TimeUnit.NANOSECONDS.toMillis(backoffNanos), e);
                LockSupport.parkNanos(backoffNanos);
            }
        }
    }

    /** Records the attempts that ended; on failure they stay in memory and go with the next batch. */
    private int recordFinished() throws Exception {
        int readied = 0;
        List<RecordedAttempt> batch = new ArrayList<>();
        while (!finished.isEmpty()) {
            RecordedAttempt attempt;
            while (batch.size() < RECORD_BATCH && (attempt = finished.poll()) != null) {
                batch.add(attempt);
            }
            try {
                readied += queue.get().record(batch, settings.disableAfter(), instance);
            } catch (Exception e) {
                finished.addAll(batch);
                throw e;
            }
            batch.clear();
        }
        return readied;
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

    private record StreamKey(UUID subscription, String subject) {
    }

    /** One organization's messages to one subscription: one attempt at a time, in the order they came. */
    private static final class Stream {
        final StreamKey key;
        final ArrayDeque<DueDelivery> waiting = new ArrayDeque<>();
        /** An attempt of this stream is in flight. */
        boolean busy;
        /** In the runnable queue or waiting for its endpoint. */
        boolean scheduled;

        Stream(StreamKey key) {
            this.key = key;
        }
    }

    /** Where attempts go over one connection pool; streams wait here while it has its limit in flight. */
    private static final class Endpoint {
        final ArrayDeque<Stream> blocked = new ArrayDeque<>();
        int inFlight;
    }

    private record Sent(DueDelivery delivery, Stream stream, Endpoint endpoint, AttemptResult result) {
    }
}
