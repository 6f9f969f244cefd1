package org.ungis.membership.webhook.subscription;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionRequest", description = "What a subscription sends where.")
public record SubscriptionRequest(
        @Schema(description = "https URL; it must not resolve to an internal address.",
                example = "https://hooks.example.org/ungis") @NotBlank String url,
        @Schema(description = "Exact types, or prefixes ending in .*",
                example = "[\"org.ungis.membership.organization.*\"]") @NotEmpty List<String> eventTypes,
        @Size(max = 500) String description,
        @Schema(description = "Owner; a partner may leave it out (its own organization), the secretariat names one.")
        UUID organizationId) {
}
