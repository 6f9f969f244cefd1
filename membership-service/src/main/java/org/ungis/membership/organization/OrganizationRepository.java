package org.ungis.membership.organization;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

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

    /**
     * The first of {@code names} (acronyms, former acronyms or names) that already names an
     * organization other than {@code self}, with that organization's acronym: one query for all.
     */
    public Optional<String[]> nameTakenByOther(List<String> names, UUID self) {
        String[] lowered = names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select k.name, o.acronym from (
                        select lower(acronym) as name, id from organization
                        union all
                        select lower(value), organization_id from organization_alias
                    ) k join organization o on o.id = k.id
                    where k.name = any(?) and k.id <> ?
                    limit 1""")) {
                select.setArray(1, connection.createArrayOf("text", lowered));
                select.setObject(2, self);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(new String[] { result.getString(1), result.getString(2) })
                            : Optional.<String[]>empty();
                }
            }
        });
    }
}
