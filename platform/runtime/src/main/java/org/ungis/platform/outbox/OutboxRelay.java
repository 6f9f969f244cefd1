package org.ungis.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.ungis.platform.readcache.CommittedChanges;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.CloudEventsBinding;
import org.ungis.platform.kafka.ChangeEventProducer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents, oldest first.
 *
 * <p>It is woken right after each commit that wrote to the outbox (and drains a few milliseconds
 * later, so a burst of commits goes out together), and by the sweeper on a short
 * interval, which catches rows left behind by a crash or a broker outage. One relay at a time
 * drains a database: the transaction-scoped advisory lock makes a second instance of the service
 * (or an overlapping sweep) skip instead of sending the same rows out of order. A row is stamped
 * published only after the broker acknowledged it; a crash in between means it is sent again,
 * with the same {@code ce_id}, and consumers skip the duplicate. Work the service itself does
 * with its published events ({@link AfterPublish}) joins the transaction that stamps them.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Key of the advisory lock that elects the one draining relay per database. */
    private static final long RELAY_LOCK = 0x756e676973L;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final ChangeEventProducer producer;
    private final OutboxSettings settings;
    private final Instance<AfterPublish> afterPublish;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final AtomicLong pendingMessages = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(DataSource dataSource, ChangeEventProducer producer, OutboxSettings settings,
            Instance<AfterPublish> afterPublish, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.settings = settings;
        this.afterPublish = afterPublish;
        this.published = Counter.builder("ungis.outbox.published")
                .description("Change events published from the outbox").register(registry);
        this.failures = Counter.builder("ungis.outbox.publish.failures")
                .description("Relay runs that failed and left rows for the next attempt").register(registry);
        registry.gauge("ungis.outbox.pending", pendingMessages);
        registry.gauge("ungis.outbox.oldest.pending.age.seconds", oldestPendingAgeSeconds);
    }

    void onStart(@Observes StartupEvent event) {
        wake();
    }

    /** Asks for a drain soon; wakes that arrive while one is queued are merged into it. */
    public void wake() {
        if (drainQueued.compareAndSet(false, true)) {
            worker.schedule(this::drain, settings.linger().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    @Scheduled(every = "${ungis.outbox.sweep-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
        refreshLag();
    }

    @Scheduled(every = "1h", delayed = "1m")
    void deletePublishedRows() {
        Instant cutoff = Instant.now().minus(settings.retention());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_message where published_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.debugf("deleted %d outbox rows published before %s", deleted, cutoff);
            }
        } catch (SQLException e) {
            LOG.warn("could not delete old outbox rows", e);
        }
    }

    private void drain() {
        drainQueued.set(false);
        try {
            while (drainBatch() == settings.batchSize()) {
                // a full batch: there may be more behind it
            }
        } catch (Exception e) {
            failures.increment();
            LOG.warnf("outbox relay could not publish (rows stay for the sweeper): %s", e.toString());
        }
    }

    /**
     * Sends one batch in one transaction (a JTA one, which {@link AfterPublish} work joins).
     * Returns how many rows it published.
     */
    private int drainBatch() {
        int sent = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<PublishedChange> batch = claim(connection);
                if (batch.isEmpty()) {
                    return 0;
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
                for (PublishedChange message : batch) {
                    acks.add(producer.send(toRecord(message)));
                }
                long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                markPublished(connection, batch);
                for (AfterPublish work : afterPublish) {
                    work.published(batch);
                }
                return batch.size();
            }
        });
        published.increment(sent);
        return sent;
    }

    /**
     * The oldest unpublished rows, locked, if this transaction gets the relay lock (none when
     * another relay holds it): lock and rows in one round trip.
     */
    private List<PublishedChange> claim(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select m.id, m.topic, m.event_type, m.aggregate_id, m.payload, m.occurred_at
                from (select pg_try_advisory_xact_lock(?) as held) relay
                cross join lateral (
                    select position, id, topic, event_type, aggregate_id, payload, occurred_at
                    from outbox_message
                    where relay.held and published_at is null
                    order by position
                    limit ?
                    for update skip locked) m
                order by m.position""")) {
            select.setLong(1, RELAY_LOCK);
            select.setInt(2, settings.batchSize());
            List<PublishedChange> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PublishedChange(
                            rows.getObject("id", UUID.class),
                            rows.getString("topic"),
                            rows.getString("event_type"),
                            rows.getString("aggregate_id"),
                            rows.getString("payload"),
                            rows.getTimestamp("occurred_at").toInstant()));
                }
            }
            return batch;
        }
    }

    /**
     * Stamps the batch published and, in the same statement, notifies every instance: their read
     * caches end with this commit. Not sent by the writing transactions themselves: PostgreSQL
     * serializes the commits of notifying transactions, WAL flush included.
     */
    private static void markPublished(Connection connection, List<PublishedChange> batch) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                with published as (update outbox_message set published_at = now() where id = any(?))
                select pg_notify(?, '')""")) {
            update.setArray(1, connection.createArrayOf("uuid", batch.stream().map(PublishedChange::id).toArray()));
            update.setString(2, CommittedChanges.CHANNEL);
            update.execute();
        }
    }

    private void refreshLag() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                        from outbox_message where published_at is null""");
                ResultSet result = select.executeQuery()) {
            result.next();
            pendingMessages.set(result.getLong(1));
            oldestPendingAgeSeconds.set(result.getLong(2));
        } catch (SQLException e) {
            LOG.debug("could not read outbox lag", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(PublishedChange change) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(change.id().toString())
                .withSource(URI.create(ChangeTopic.ofTopicName(change.topic()).source()))
                .withType(change.type())
                .withSubject(change.aggregateId())
                .withTime(change.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType(CloudEventsBinding.DATA_CONTENT_TYPE)
                .withData(change.payload().getBytes(StandardCharsets.UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(change.topic(), change.aggregateId()).writeBinary(event);
    }
}
