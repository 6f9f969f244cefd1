package org.ungis.membership.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery this instance holds: what to send, where, signed with which secrets, and until when
 * it may start an attempt ({@link System#nanoTime()}; after that someone else may send it). One
 * taken straight from the change that queued it has no row yet ({@code id} 0) until its first
 * attempt is recorded; one leased from the table has its row's id and attempts so far. The body
 * is the message's UTF-8, shared by all deliveries of a message.
 */
record DueDelivery(
        long id,
        int scheduleStep,
        int attempts,
        String messageId,
        String subject,
        byte[] body,
        UUID subscriptionId,
        String url,
        byte[] secret,
        byte[] previousSecret,
        Instant previousSecretExpiresAt,
        long leasedUntilNanos) {

    boolean stored() {
        return id != 0;
    }
}
