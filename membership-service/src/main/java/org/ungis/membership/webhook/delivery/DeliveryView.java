package org.ungis.membership.webhook.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One message to one subscription, with its attempts when asked for one.")
public record DeliveryView(
        long id,
        @Schema(description = "The webhook-id header: the same on every attempt and every redelivery.") String messageId,
        @Schema(example = "org.ungis.membership.organization.admitted") String eventType,
        @Schema(description = "The organization the event is about.") String subject,
        UUID subscriptionId,
        @Schema(description = "PENDING (queued or waiting for a retry), DELIVERED or FAILED (retries used up, or 410)")
        String status,
        int attempts,
        @Schema(description = "When the next attempt is due, while PENDING.") Instant nextAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant finishedAt,
        @Schema(description = "Every attempt, oldest first (only on a single delivery).") List<AttemptView> attemptLog) {

    @Schema(name = "WebhookAttempt")
    public record AttemptView(Instant at, long durationMillis,
            @Schema(description = "Absent when no answer came (refused, reset, timed out).") Integer statusCode,
            String error) {
    }
}
