package org.ungis.membership.organization;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findByAcronym(String acronym) {
        return find("lower(acronym) = lower(?1)", acronym.trim()).firstResultOptional();
    }

    /** By id, or by acronym when {@code key} is not a UUID. */
    public Optional<Organization> findByIdOrAcronym(String key) {
        try {
            return findByIdOptional(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return findByAcronym(key);
        }
    }
}
