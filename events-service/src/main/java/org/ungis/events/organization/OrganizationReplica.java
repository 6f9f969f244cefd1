package org.ungis.events.organization;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ungis.changeevents.membership.OrganizationState;

/**
 * An organization as membership-service last announced it. events-service never writes it from
 * its own API: it only follows membership-service's change events.
 */
@Entity
@Table(name = "organization_replica")
public class OrganizationReplica {
    @Id
    UUID id;

    @Column(nullable = false)
    String acronym;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected OrganizationReplica() {
    }

    OrganizationReplica(OrganizationState state) {
        this.id = UUID.fromString(state.id());
        copy(state);
    }

    /** Mutations stay inside the entity, where Hibernate's enhancement tracks them. */
    void copy(OrganizationState state) {
        this.acronym = state.acronym();
        this.name = state.name();
        this.version = state.version();
        this.updatedAt = state.updatedAt();
    }

    public String acronym() {
        return acronym;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
