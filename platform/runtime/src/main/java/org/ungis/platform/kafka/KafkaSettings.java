package org.ungis.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Where the broker is, shared by the outbox relay and the change-event consumers. */
@ConfigMapping(prefix = "ungis.kafka")
public interface KafkaSettings {

    /** Comma-separated host:port list. */
    @WithName("bootstrap-servers")
    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** Names this service in client ids and consumer group ids. */
    @WithName("client-name")
    String clientName();

    /**
     * Appended (after a dash) to every change-event consumer's group id. Empty normally, so every
     * instance of a service shares one group per consumer. An operator rebuilding a replica sets a
     * new suffix on an instance with a fresh database: its consumers then have no committed
     * offsets and read their topics from the start, without moving the live instances' offsets.
     */
    @WithName("consumer-group-suffix")
    Optional<String> consumerGroupSuffix();

    /**
     * Names this instance of the service for good, across restarts (Kafka's static group
     * membership, {@code group.instance.id}); unique among the running instances of one service,
     * such as a StatefulSet pod's name. An instance that comes back from a crash under its name
     * takes its partitions back at once (a clean stop leaves the groups, named or not). Without one every start is a new member, and after a crash the
     * dead one holds its partitions until the broker gives up on it: up to five minutes (the
     * rebalance timeout) when the broker restarted as well, with no change event read meanwhile.
     */
    @WithName("instance-id")
    Optional<String> instanceId();

    /** The group id of the change-event consumer called {@code consumerName}. */
    default String consumerGroup(String consumerName) {
        return consumerGroupSuffix().map(String::strip).filter(suffix -> !suffix.isEmpty())
                .map(suffix -> consumerName + "-" + suffix).orElse(consumerName);
    }

    default Map<String, Object> baseProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        return properties;
    }
}
