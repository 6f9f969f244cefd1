package org.ungis.membership.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery the dispatcher has leased: what to send, where, and signed with which secrets. */
record DueDelivery(
        long id,
        int scheduleStep,
        String messageId,
        String body,
        UUID subscriptionId,
        String url,
        byte[] secret,
        byte[] previousSecret,
        Instant previousSecretExpiresAt) {
}
