package org.ungis.platform.inbox;

import java.time.Instant;

import org.ungis.changeevents.ChangeEventType;

/** A change event as a consumer receives it: the CloudEvent attributes and the JSON payload. */
public record ReceivedChangeEvent(
        String id,
        ChangeEventType type,
        String subject,
        Instant time,
        long version,
        byte[] data) {
}
