package org.ungis.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.CloudEventsBinding;
import org.ungis.platform.kafka.ChangeEventProducer;
import org.ungis.platform.kafka.KafkaSettings;
import org.ungis.platform.sql.DatabaseErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs every {@link ChangeEventHandler} bean on a Kafka consumer of its own, in its own thread.
 *
 * <p>Each record is applied through the {@link Inbox} (once per event id, newest version wins);
 * offsets are committed after the batch is applied, so a crash means redelivery, never loss. A
 * record that can never be applied (not a CloudEvent, unknown type, no version, or rejected by
 * the handler, also after retries) goes to the topic's dead-letter topic with the reason, and
 * consumption goes on. While the database is unreachable the consumer waits and retries the same
 * record instead of dead-lettering good events.
 */
@ApplicationScoped
public class ChangeEventConsumers {
    private static final Logger LOG = Logger.getLogger(ChangeEventConsumers.class);
    private static final int ATTEMPTS_BEFORE_DEAD_LETTER = 3;
    private static final Duration COMMIT_INTERVAL = Duration.ofMillis(200);
    /**
     * How long the broker may hold a fetch back to gather more events, so that they are read and
     * applied in batches: one fetch and one transaction for many events instead of one each. A
     * replica lags by up to this much more, and costs a fraction of the CPU, on the broker too.
     */
    private static final Duration BATCH_WINDOW = Duration.ofMillis(100);
    /** A fetch this full returns before the batch window ends. */
    private static final int BATCH_FETCH_MIN_BYTES = 64 * 1024;

    private final Instance<ChangeEventHandler> handlers;
    private final Inbox inbox;
    private final ChangeEventProducer producer;
    private final KafkaSettings settings;
    private final ObjectMapper objectMapper;
    private final MeterRegistry registry;
    private final List<Worker> workers = new ArrayList<>();

    public ChangeEventConsumers(Instance<ChangeEventHandler> handlers, Inbox inbox, ChangeEventProducer producer,
            KafkaSettings settings, ObjectMapper objectMapper, MeterRegistry registry) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.producer = producer;
        this.settings = settings;
        this.objectMapper = objectMapper;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        for (ChangeEventHandler handler : handlers) {
            Worker worker = new Worker(handler);
            workers.add(worker);
            worker.thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.forEach(Worker::stop);
    }

    private final class Worker implements Runnable {
        private final ChangeEventHandler handler;
        private final KafkaConsumer<String, byte[]> consumer;
        private final KafkaClientMetrics metrics;
        private final Thread thread;
        private volatile boolean running = true;
        private boolean uncommitted;
        private long lastCommitNanos = System.nanoTime();

        Worker(ChangeEventHandler handler) {
            this.handler = handler;
            Map<String, Object> properties = settings.baseProperties();
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup(handler.consumerName()));
            properties.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.clientName() + "-" + handler.consumerName());
            settings.instanceId().map(String::strip).filter(id -> !id.isEmpty())
                    .ifPresent(id -> properties.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id));
            properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
            properties.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, BATCH_FETCH_MIN_BYTES);
            properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) BATCH_WINDOW.toMillis());
            properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            this.consumer = new KafkaConsumer<>(properties);
            // the client's own metrics, consumer lag (records-lag-max) among them, on /q/metrics
            this.metrics = new KafkaClientMetrics(consumer);
            metrics.bindTo(registry);
            this.thread = new Thread(this, "change-events-" + handler.consumerName());
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                consumer.subscribe(handler.topics().stream().map(ChangeTopic::topicName).toList(), new CommitOnRevoke());
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                    if (records.isEmpty()) {
                        commitIfDue(true);
                        continue;
                    }
                    if (!applyTogether(records)) {
                        for (ConsumerRecord<String, byte[]> record : records) {
                            if (!process(record)) {
                                return; // stopping mid-batch: leave the offsets, the rest is read again
                            }
                        }
                    }
                    uncommitted = true;
                    commitIfDue(false);
                }
            } catch (WakeupException e) {
                // stopping
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.errorf(e, "change-event consumer %s stopped", handler.consumerName());
            } finally {
                if (uncommitted) {
                    try {
                        consumer.commitSync(Duration.ofSeconds(5));
                    } catch (RuntimeException e) {
                        LOG.debugf("consumer %s: last offsets not committed: %s", handler.consumerName(), e);
                    }
                }
                metrics.close();
                // a stopping instance leaves its groups, also as a named (static) member, so that
                // the others take its partitions at once; only a crash leaves it listed until it is back
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5))
                        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
            }
        }

        /**
         * The common case, cheaply: every record of the poll applied in one transaction. False when
         * any record fails to parse or apply; then nothing of the batch was committed and the
         * records go one by one, with retries and dead-lettering.
         */
        private boolean applyTogether(ConsumerRecords<String, byte[]> records) {
            if (records.count() == 1) {
                return false;
            }
            List<ReceivedChangeEvent> events = new ArrayList<>(records.count());
            try {
                for (ConsumerRecord<String, byte[]> record : records) {
                    events.add(parse(record));
                }
                List<Inbox.Outcome> outcomes = QuarkusTransaction.requiringNew()
                        .call(() -> inbox.applyAllWithin(handler, events));
                outcomes.forEach(this::count);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        private void count(Inbox.Outcome outcome) {
            registry.counter("ungis.inbox.events", "consumer", handler.consumerName(),
                    "outcome", outcome.name().toLowerCase()).increment();
        }

        /** Applies or dead-letters the record; false when the consumer stopped before either. */
        private boolean process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
            ReceivedChangeEvent event;
            try {
                event = parse(record);
            } catch (RuntimeException e) {
                return deadLetter(record, "not a valid change event: " + e.getMessage());
            }
            long backoffMillis = 100;
            for (int attempt = 1; running; attempt++) {
                try {
                    count(inbox.applyOnce(handler, event));
                    return true;
                } catch (RuntimeException e) {
                    if (DatabaseErrors.unavailable(e)) {
                        LOG.warnf("consumer %s waits for the database: %s", handler.consumerName(), e.toString());
                        attempt = 0;
                    } else if (e instanceof RejectedChangeEventException || attempt >= ATTEMPTS_BEFORE_DEAD_LETTER) {
                        return deadLetter(record, rootMessage(e));
                    }
                    TimeUnit.MILLISECONDS.sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, 5_000);
                }
            }
            return false;
        }

        private ReceivedChangeEvent parse(ConsumerRecord<String, byte[]> record) {
            CloudEvent cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
            ChangeEventType type = ChangeEventType.ofType(cloudEvent.getType());
            byte[] data = Objects.requireNonNull(cloudEvent.getData(), "no data").toBytes();
            JsonNode version;
            try {
                version = objectMapper.readTree(data).get("version");
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("data is not JSON", e);
            }
            if (version == null || !version.canConvertToLong()) {
                throw new IllegalArgumentException("data has no numeric version");
            }
            String subject = Objects.requireNonNull(cloudEvent.getSubject(), "no subject");
            return new ReceivedChangeEvent(cloudEvent.getId(), type, subject,
                    cloudEvent.getTime() == null ? null : cloudEvent.getTime().toInstant(),
                    version.asLong(), data);
        }

        private boolean deadLetter(ConsumerRecord<String, byte[]> record, String reason) throws InterruptedException {
            LOG.warnf("consumer %s dead-letters %s-%d@%d: %s", handler.consumerName(), record.topic(),
                    record.partition(), record.offset(), reason);
            ProducerRecord<String, byte[]> parked = new ProducerRecord<>(
                    ChangeTopic.ofTopicName(record.topic()).deadLetterTopicName(), record.key(), record.value());
            for (Header header : record.headers()) {
                parked.headers().add(header);
            }
            parked.headers().add(CloudEventsBinding.HEADER_DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8));
            parked.headers().add(CloudEventsBinding.HEADER_DEAD_LETTER_CONSUMER,
                    handler.consumerName().getBytes(StandardCharsets.UTF_8));
            while (running) {
                try {
                    producer.send(parked).get(30, TimeUnit.SECONDS);
                    registry.counter("ungis.inbox.dead.lettered", "consumer", handler.consumerName()).increment();
                    return true;
                } catch (ExecutionException | TimeoutException e) {
                    // not acknowledged: keep the record rather than lose it, and try again
                    LOG.warnf("consumer %s cannot reach the dead-letter topic yet: %s", handler.consumerName(), e);
                    TimeUnit.SECONDS.sleep(1);
                }
            }
            return false;
        }

        /**
         * Offsets are committed asynchronously and at most every {@link #COMMIT_INTERVAL}: the
         * inbox makes re-reading an applied event harmless, so committing after every poll would
         * only cost the broker work. Partitions being taken away are committed at once.
         */
        private void commitIfDue(boolean idle) {
            if (uncommitted && (idle || System.nanoTime() - lastCommitNanos >= COMMIT_INTERVAL.toNanos())) {
                consumer.commitAsync((offsets, error) -> {
                    if (error != null) {
                        LOG.debugf("consumer %s: offsets not committed, the events will be read again: %s",
                                handler.consumerName(), error.toString());
                    }
                });
                uncommitted = false;
                lastCommitNanos = System.nanoTime();
            }
        }

        /** Before a rebalance (inside poll, so everything polled was applied) the new owner gets exact offsets. */
        private final class CommitOnRevoke implements ConsumerRebalanceListener {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                if (uncommitted) {
                    try {
                        consumer.commitSync();
                        uncommitted = false;
                    } catch (RuntimeException e) {
                        LOG.debugf("consumer %s: offsets not committed before a rebalance: %s", handler.consumerName(), e);
                    }
                }
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            }
        }

        void stop() {
            running = false;
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
