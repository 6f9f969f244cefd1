package org.ungis.membership.webhook.delivery;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** The CloudEvent around {@code data}, JSON text taken as it is (the outbox's payload, or a ping's). */
    String cloudEvent(String id, String source, String type, String subject, Instant time, String data) {
        StringWriter body = new StringWriter(data.length() + 256);
        try (JsonGenerator json = objectMapper.getFactory().createGenerator(body)) {
            json.writeStartObject();
            json.writeStringField("specversion", "1.0");
            json.writeStringField("id", id);
            json.writeStringField("source", source);
            json.writeStringField("type", type);
            json.writeStringField("subject", subject);
            json.writeStringField("time", time.toString());
            json.writeStringField("datacontenttype", "application/json");
            json.writeFieldName("data");
            json.writeRawValue(data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a webhook body", e);
        }
        return body.toString();
    }

    /** A ping to one subscription; its subject is the subscription. */
    String ping(String id, UUID subscription, UUID organization, Instant time) {
        ObjectNode data = objectMapper.createObjectNode()
                .put("subscriptionId", subscription.toString())
                .put("organizationId", organization.toString());
        return cloudEvent(id, PING_SOURCE, PING_TYPE, subscription.toString(), time, data.toString());
    }
}
