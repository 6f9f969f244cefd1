package org.ungis.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what was published to a topic, from its beginning, so a test can assert on the records a
 * service really put on the broker.
 */
public final class TopicReader implements AutoCloseable {
    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<PublishedEvent> seen = new ArrayList<>();

    private TopicReader(String topic) {
        this.topic = topic;
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(properties);
    }

    public static TopicReader of(String topic) {
        return new TopicReader(topic);
    }

    /** Waits until a record matching {@code match} arrived and returns it. */
    public PublishedEvent awaitFirst(Predicate<PublishedEvent> match, Duration timeout) {
        return awaitCount(match, 1, timeout).get(0);
    }

    /** Waits until at least {@code count} records match; fails after {@code timeout}. */
    public List<PublishedEvent> awaitCount(Predicate<PublishedEvent> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<PublishedEvent> matching = seen.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within "
                        + timeout + ", saw " + matching.size() + " of " + seen.size() + " record(s)");
            }
            poll(Duration.ofMillis(200));
        }
    }

    /** Everything that arrives within {@code window} (and before), matching {@code match}. */
    public List<PublishedEvent> collect(Predicate<PublishedEvent> match, Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
        return seen.stream().filter(match).toList();
    }

    private void poll(Duration timeout) {
        if (consumer.assignment().isEmpty()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                sleep(timeout);
                return;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            seen.add(new PublishedEvent(record.topic(), record.partition(), record.offset(), record.key(), headers,
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
