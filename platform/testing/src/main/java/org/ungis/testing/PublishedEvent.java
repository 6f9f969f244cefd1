package org.ungis.testing;

import java.util.Map;

/** One record as it sits on a topic: key, headers (as UTF-8 text) and value. */
public record PublishedEvent(String topic, int partition, long offset, String key, Map<String, String> headers,
        String value) {

    public String header(String name) {
        return headers.get(name);
    }

    public String id() {
        return header("ce_id");
    }

    public String type() {
        return header("ce_type");
    }

    public String subject() {
        return header("ce_subject");
    }
}
