package org.ungis.membership.webhook.delivery;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.inbox.ChangeEventHandler;
import org.ungis.platform.inbox.ReceivedChangeEvent;
import org.ungis.platform.inbox.RejectedChangeEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns committed membership change events, read back from their topic, into webhook messages
 * and deliveries: a change that rolled back was never published and sends nothing, and one that
 * was published is queued once (the message row is keyed by the event id, a delivery by message
 * and subscription) even if the service dies right after.
 */
@ApplicationScoped
public class WebhookMessages implements ChangeEventHandler {
    private final DeliveryQueue queue;
    private final WebhookBodies bodies;
    private final ObjectMapper objectMapper;

    public WebhookMessages(DeliveryQueue queue, WebhookBodies bodies, ObjectMapper objectMapper) {
        this.queue = queue;
        this.bodies = bodies;
        this.objectMapper = objectMapper;
    }

    @Override
    public String consumerName() {
        return "membership-service.webhooks";
    }

    @Override
    public Set<ChangeTopic> topics() {
        return Set.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS);
    }

    /** The message row's key is the event id; every change is a message; no read is cached. */
    @Override
    public boolean deduplicatesByEventId() {
        return true;
    }

    /** Partners wait for each change: every fetch returns as soon as an event is there. */
    @Override
    public Duration batchWindow() {
        return Duration.ZERO;
    }

    @Override
    public void apply(ReceivedChangeEvent event) {
        Instant time = event.time() == null ? Instant.now() : event.time();
        queue.enqueue(event.id(), event.type().type(), event.subject(), time, body(event, time),
                matchingFilters(event.type().type()));
    }

    private String body(ReceivedChangeEvent event, Instant time) {
        try {
            return bodies.cloudEvent(event.id(), event.type().topic().source(), event.type().type(), event.subject(),
                    time, objectMapper.readTree(event.data()));
        } catch (IOException e) {
            throw new RejectedChangeEventException("payload is not JSON: " + e.getMessage(), e);
        }
    }

    /** The filters that select {@code type}: itself and every prefix wildcard of it. */
    static List<String> matchingFilters(String type) {
        List<String> filters = new ArrayList<>();
        filters.add(type);
        for (int dot = type.lastIndexOf('.'); dot > 0; dot = type.lastIndexOf('.', dot - 1)) {
            filters.add(type.substring(0, dot) + ".*");
        }
        return filters;
    }
}
