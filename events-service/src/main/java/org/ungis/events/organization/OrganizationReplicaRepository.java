package org.ungis.events.organization;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {

    /** The organization whose acronym, or a former acronym or name, is {@code key} (any case). */
    Optional<UUID> idByKey(String key) {
        return getEntityManager().createQuery("""
                select o.id from OrganizationReplica o
                where lower(o.acronym) = lower(:key)
                   or o.id in (select a.id from OrganizationReplica a join a.aliases v where lower(v) = lower(:key))
                order by case when lower(o.acronym) = lower(:key) then 0 else 1 end""", UUID.class)
                .setParameter("key", key)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
