package org.ungis.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.CloudEventsBinding;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The change topics, read from their end as changes are committed, fanned out to GraphQL
 * subscribers. One plain consumer per gateway instance, on a thread of its own, with its partitions
 * assigned (no group rebalance delays; offsets are never committed since nothing is stored); a
 * change reaches subscribers as soon as the broker hands it over.
 */
@ApplicationScoped
public class ChangeFeed {
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    static final List<ChangeTopic> TOPICS = List.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS, ChangeTopic.EVENTS_EVENTS,
            ChangeTopic.RESOLUTIONS_DOCUMENTS);

    private final String bootstrapServers;
    private final ObjectMapper mapper;
    private final BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private Thread thread;

    public ChangeFeed(@ConfigProperty(name = "ungis.kafka.bootstrap-servers") String bootstrapServers, ObjectMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent startup) {
        thread = new Thread(this::run, "gateway-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** Changes committed on {@code topic} from now on. */
    public Multi<Change> of(ChangeTopic topic) {
        return changes.filter(change -> change.topic().equals(topic.topicName()));
    }

    /** Whether every change topic is being read (each needs to exist first). */
    public boolean reading() {
        return assigned;
    }

    private void run() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "gateway-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-change-feed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties)) {
            consumer = kafka;
            while (running) {
                try {
                    if (!assigned) {
                        assign(kafka);
                    }
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(assigned ? 500 : 1000))) {
                        publish(record);
                    }
                } catch (WakeupException stopping) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("change feed: %s; retrying", e.toString());
                    sleep();
                }
            }
        }
    }

    /** Takes every partition of the change topics, from their end; topics not there yet are retried. */
    private void assign(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        boolean all = true;
        for (ChangeTopic topic : TOPICS) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic.topicName(), Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                all = false;
            } else {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        if (!partitions.equals(new ArrayList<>(kafka.assignment())) && !partitions.isEmpty()) {
            List<TopicPartition> fresh = partitions.stream().filter(p -> !kafka.assignment().contains(p)).toList();
            kafka.assign(partitions);
            kafka.seekToEnd(fresh);
            fresh.forEach(kafka::position); // resolve the end now, so nothing committed from here on is skipped
        }
        assigned = all;
    }

    private void publish(ConsumerRecord<String, byte[]> record) {
        try {
            String state = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            long version = state == null ? -1 : mapper.readTree(state).path("version").asLong(-1);
            String time = header(record, CloudEventsBinding.HEADER_TIME);
            changes.onNext(new Change(header(record, CloudEventsBinding.HEADER_ID),
                    header(record, CloudEventsBinding.HEADER_TYPE), record.key(), version,
                    time == null ? Instant.ofEpochMilli(record.timestamp()) : OffsetDateTime.parse(time).toInstant(),
                    state, record.topic()));
        } catch (Exception unreadable) {
            LOG.warnf("change feed: skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
    }
}
