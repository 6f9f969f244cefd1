package org.ungis.resolutions.organization;

import java.util.Map;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.platform.inbox.ChangeEventHandler;
import org.ungis.platform.inbox.ChangeEventPayload;
import org.ungis.platform.inbox.ReceivedChangeEvent;
import org.ungis.platform.inbox.RejectedChangeEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the organizations membership-service announces (acronym, name, aliases) and, when the
 * names an organization goes by change (created, renamed, an alias added), tags again the
 * paragraphs that mention it.
 */
@ApplicationScoped
public class OrganizationReplicaUpdater implements ChangeEventHandler {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Mentions mentions;

    public OrganizationReplicaUpdater(EntityManager entityManager, ObjectMapper objectMapper, Mentions mentions) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.mentions = mentions;
    }

    @Override
    public String consumerName() {
        return "resolutions-service.organization-replica";
    }

    @Override
    public Set<ChangeTopic> topics() {
        return Set.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS);
    }

    @Override
    public void apply(ReceivedChangeEvent event) {
        OrganizationState state = ChangeEventPayload.read(objectMapper, event, OrganizationState.class, Map.of());
        if (state.acronym() == null || state.name() == null) {
            throw new RejectedChangeEventException("organization state lacks acronym or name");
        }
        UUID id;
        try {
            id = UUID.fromString(state.id());
        } catch (IllegalArgumentException e) {
            throw new RejectedChangeEventException("organization id is not a UUID: " + state.id());
        }
        entityManager.createNativeQuery("""
                insert into organization_replica (id, acronym, name, version, updated_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (id) do update set acronym = excluded.acronym, name = excluded.name,
                    version = excluded.version, updated_at = excluded.updated_at""")
                .setParameter(1, id).setParameter(2, state.acronym()).setParameter(3, state.name())
                .setParameter(4, state.version())
                .setParameter(5, state.updatedAt() == null ? Instant.now() : state.updatedAt())
                .executeUpdate();
        List<OrganizationName> names = OrganizationName.of(state);
        if (!new HashSet<>(names).equals(new HashSet<>(currentNames(id)))) {
            entityManager.createNativeQuery("delete from organization_name where organization_id = ?1")
                    .setParameter(1, id).executeUpdate();
            for (OrganizationName name : names) {
                entityManager.createNativeQuery("""
                        insert into organization_name (organization_id, value, case_sensitive, pattern)
                        values (?1, ?2, ?3, ?4)""")
                        .setParameter(1, id).setParameter(2, name.value()).setParameter(3, name.caseSensitive())
                        .setParameter(4, name.pattern())
                        .executeUpdate();
            }
            mentions.retagOrganization(id);
        }
    }

    private List<OrganizationName> currentNames(UUID id) {
        List<?> rows = entityManager.createNativeQuery(
                "select value, case_sensitive, pattern from organization_name where organization_id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new OrganizationName((String) row[0], (Boolean) row[1], (String) row[2])).toList();
    }
}
