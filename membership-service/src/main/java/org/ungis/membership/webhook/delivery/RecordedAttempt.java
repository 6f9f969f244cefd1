package org.ungis.membership.webhook.delivery;

import java.time.Instant;

/**
 * What becomes of a held delivery: an attempt and the state that follows from it, or (no
 * result) its lease given back unsent. {@code completesMessage} when it is the last of its
 * message's deliveries that this instance held without a row.
 */
record RecordedAttempt(DueDelivery delivery, AttemptResult result, String status, int scheduleStep,
        Instant nextAttemptAt, boolean completesMessage) {

    static RecordedAttempt released(DueDelivery delivery, boolean completesMessage) {
        return new RecordedAttempt(delivery, null, "PENDING", delivery.scheduleStep(), null, completesMessage);
    }

    boolean isRelease() {
        return result == null;
    }
}
