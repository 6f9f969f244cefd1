package org.ungis.membership.webhook.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscription", description = "An endpoint that receives signed membership change events.")
public record SubscriptionView(
        UUID id,
        @Schema(description = "The organization that owns the subscription.") UUID organizationId,
        @Schema(example = "https://hooks.example.org/ungis") String url,
        @Schema(example = "[\"org.ungis.membership.organization.admitted\", \"org.ungis.membership.post.*\"]")
        List<String> eventTypes,
        String description,
        SubscriptionStatus status,
        @Schema(description = "Why the platform disabled the endpoint, when it did.") String disabledReason,
        @Schema(description = "Since when every attempt has failed; absent while the endpoint is healthy.")
        Instant failingSince,
        @Schema(description = "Until when the secret before the last rotation still signs, next to the current one.")
        Instant previousSecretExpiresAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; sent as the ETag.") long version) {
}
