package org.ungis.membership.webhook.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner's endpoint and the membership events it wants. The signing secret is held only
 * encrypted; after a rotation the previous one keeps signing, next to the new, until it expires.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
    @Id
    UUID id;

    @Column(name = "organization_id", nullable = false)
    UUID organizationId;

    @Column(nullable = false)
    String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    List<String> eventTypes;

    String description;

    @Column(nullable = false)
    byte[] secret;

    @Column(name = "previous_secret")
    byte[] previousSecret;

    @Column(name = "previous_secret_expires_at")
    Instant previousSecretExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SubscriptionStatus status;

    @Column(name = "disabled_reason")
    String disabledReason;

    @Column(name = "failing_since")
    Instant failingSince;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected WebhookSubscription() {
    }

    WebhookSubscription(UUID id, UUID organizationId, String url, List<String> eventTypes, String description,
            byte[] secret, Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.url = url;
        this.eventTypes = List.copyOf(eventTypes);
        this.description = description;
        this.secret = secret;
        this.status = SubscriptionStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public long version() {
        return version;
    }

    void change(String url, List<String> eventTypes, String description, Instant now) {
        this.url = url;
        this.eventTypes = List.copyOf(eventTypes);
        this.description = description;
        this.updatedAt = now;
    }

    void pause(Instant now) {
        this.status = SubscriptionStatus.PAUSED;
        this.updatedAt = now;
    }

    /** Active again, also after the platform disabled it; failures count from scratch. */
    void resume(Instant now) {
        this.status = SubscriptionStatus.ACTIVE;
        this.disabledReason = null;
        this.failingSince = null;
        this.updatedAt = now;
    }

    void rotate(byte[] newSecret, Duration overlap, Instant now) {
        this.previousSecret = this.secret;
        this.previousSecretExpiresAt = now.plus(overlap);
        this.secret = newSecret;
        this.updatedAt = now;
    }

    SubscriptionView toView() {
        return new SubscriptionView(id, organizationId, url, eventTypes, description, status, disabledReason,
                failingSince, previousSecretExpiresAt != null && previousSecretExpiresAt.isAfter(Instant.now())
                        ? previousSecretExpiresAt : null,
                createdAt, updatedAt, version);
    }
}
