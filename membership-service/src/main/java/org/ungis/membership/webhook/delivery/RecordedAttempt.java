package org.ungis.membership.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

/** An attempt and the delivery state that follows from it. */
record RecordedAttempt(long deliveryId, UUID subscriptionId, AttemptResult result, String status, int scheduleStep,
        Instant nextAttemptAt) {
}
