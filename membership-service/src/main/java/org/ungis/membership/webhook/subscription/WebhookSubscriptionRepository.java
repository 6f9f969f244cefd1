package org.ungis.membership.webhook.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public List<WebhookSubscription> listFor(Optional<UUID> organization) {
        return organization.map(owner -> list("organizationId = ?1 order by createdAt, id", owner))
                .orElseGet(() -> list("order by createdAt, id"));
    }
}
