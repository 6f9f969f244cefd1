package org.ungis.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A change event the broker has acknowledged, as the outbox holds it: its CloudEvent id, topic,
 * type, subject (the aggregate id), JSON data and time.
 */
public record PublishedChange(UUID id, String topic, String type, String aggregateId, String payload,
        Instant occurredAt) {
}
