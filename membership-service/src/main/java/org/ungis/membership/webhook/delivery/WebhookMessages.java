package org.ungis.membership.webhook.delivery;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.outbox.AfterPublish;
import org.ungis.platform.outbox.PublishedChange;

/**
 * Turns membership-service's own change events into webhook messages and deliveries, once the
 * broker has them and in the relay transaction that marks them published: a change that rolled
 * back was never in the outbox and sends nothing, and one that was published is queued exactly
 * once (a relay that dies before its commit sends the batch again, and the message row, keyed by
 * the event id, takes it once).
 */
@ApplicationScoped
public class WebhookMessages implements AfterPublish {
    private static final String TOPIC = ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName();

    private final DeliveryQueue queue;
    private final WebhookBodies bodies;

    public WebhookMessages(DeliveryQueue queue, WebhookBodies bodies) {
        this.queue = queue;
        this.bodies = bodies;
    }

    /** Every change is a message (a later replay covers it), with or without a subscription today. */
    @Override
    public void published(List<PublishedChange> changes) {
        for (PublishedChange change : changes) {
            if (TOPIC.equals(change.topic())) {
                String id = change.id().toString();
                queue.enqueue(id, change.type(), change.aggregateId(), change.occurredAt(), body(id, change),
                        matchingFilters(change.type()));
            }
        }
    }

    /** The change as subscribers get it; its data is the outbox's payload, as this service wrote it. */
    private String body(String id, PublishedChange change) {
        return bodies.cloudEvent(id, ChangeTopic.MEMBERSHIP_ORGANIZATIONS.source(), change.type(), change.aggregateId(),
                change.occurredAt(), change.payload());
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
