package org.ungis.events.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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

    /** Former acronyms and names (UNWTO for UN Tourism), so references by them still resolve. */
    @ElementCollection
    @CollectionTable(name = "organization_replica_alias", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    @Column(name = "value", nullable = false)
    List<String> aliases = new ArrayList<>();

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
        List<String> newAliases = state.aliases() == null ? List.of()
                : state.aliases().stream().map(OrganizationState.Alias::value).filter(java.util.Objects::nonNull).toList();
        if (!newAliases.equals(aliases)) {
            this.aliases = new ArrayList<>(newAliases);
        }
        this.version = state.version();
        this.updatedAt = state.updatedAt();
    }

    public UUID id() {
        return id;
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

    OrganizationRef toRef() {
        return new OrganizationRef(id, acronym, name);
    }
}
