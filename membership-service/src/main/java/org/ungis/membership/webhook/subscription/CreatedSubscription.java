package org.ungis.membership.webhook.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A subscription with its signing secret, which is shown this once only.")
public record CreatedSubscription(
        SubscriptionView subscription,
        @Schema(description = "Verifies webhook-signature (Standard Webhooks); store it now, it is never shown again.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
