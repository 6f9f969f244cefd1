package org.ungis.membership.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What subscribers receive: a message as a structured-mode CloudEvent (JSON), for change events and pings alike. */
@ApplicationScoped
public class WebhookBodies {
    static final String PING_TYPE = "org.ungis.webhook.ping";
    private static final String PING_SOURCE = "/ungis/membership/webhooks";

    private final ObjectMapper objectMapper;

    public WebhookBodies(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    String cloudEvent(String id, String source, String type, String subject, Instant time, JsonNode data) {
        ObjectNode body = objectMapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", source)
                .put("type", type)
                .put("subject", subject)
                .put("time", time.toString())
                .put("datacontenttype", "application/json");
        body.set("data", data);
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook body", e);
        }
    }

    /** A ping to one subscription; its subject is the subscription. */
    String ping(String id, UUID subscription, UUID organization, Instant time) {
        ObjectNode data = objectMapper.createObjectNode()
                .put("subscriptionId", subscription.toString())
                .put("organizationId", organization.toString());
        return cloudEvent(id, PING_SOURCE, PING_TYPE, subscription.toString(), time, data);
    }
}
