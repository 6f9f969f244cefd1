package org.ungis.membership.organization;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** By current acronym, or by an alias (a former acronym or name still resolves). */
    public Optional<Organization> findByAcronymOrAlias(String key) {
        String value = key.strip();
        return find("lower(acronym) = lower(?1)", value).firstResultOptional()
                .or(() -> find("select o from Organization o join o.aliases a where lower(a.value) = lower(?1)", value)
                        .firstResultOptional());
    }

    /** By id, or by acronym or alias when {@code key} is not a UUID. */
    public Optional<Organization> findByKey(String key) {
        try {
            return findByIdOptional(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return findByAcronymOrAlias(key);
        }
    }

    /** The organization other than {@code self} that answers to {@code value}, if any. */
    public Optional<Organization> otherAnsweringTo(String value, UUID self) {
        return findByAcronymOrAlias(value).filter(found -> !found.id().equals(self));
    }
}
