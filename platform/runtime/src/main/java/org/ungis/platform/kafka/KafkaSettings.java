package org.ungis.platform.kafka;

import java.util.HashMap;
import java.util.Map;

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

    default Map<String, Object> baseProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        return properties;
    }
}
