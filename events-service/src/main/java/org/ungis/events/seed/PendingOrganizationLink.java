package org.ungis.events.seed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ungis.events.event.OrganizationRole;

/**
 * An organization the seed names by acronym that the replica did not know yet: kept until
 * membership-service's events bring it, then linked to the event or session.
 */
@Entity
@Table(name = "pending_organization_link")
public class PendingOrganizationLink {
    @Id
    UUID id;

    @Column(name = "event_id", nullable = false)
    UUID eventId;

    @Column(name = "session_id")
    UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganizationRole role;

    @Column(name = "organization_key", nullable = false)
    String organizationKey;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected PendingOrganizationLink() {
    }

    PendingOrganizationLink(UUID eventId, UUID sessionId, OrganizationRole role, String organizationKey, Instant now) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.role = role;
        this.organizationKey = organizationKey;
        this.createdAt = now;
    }
}
