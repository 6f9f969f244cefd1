package org.ungis.resolutions.organization;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

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
    /**
     * The replica rows written (parameters, as arrays: ids, acronyms, names, versions, times) and
     * the names they had (the ids again).
     */
    private static final String UPSERT = """
            with upserted as (
                insert into organization_replica (id, acronym, name, version, updated_at)
                select u.id, u.acronym, u.name, u.version, u.updated_at::timestamptz
                from unnest(?::uuid[], ?::text[], ?::text[], ?::bigint[], ?::text[]) as u(id, acronym, name, version, updated_at)
                on conflict (id) do update set acronym = excluded.acronym, name = excluded.name,
                    version = excluded.version, updated_at = excluded.updated_at)
            select organization_id, value, case_sensitive, pattern from organization_name
            where organization_id = any(?::uuid[])""";
    /**
     * The names of some organizations replaced (parameters, as arrays: their ids; then one
     * element a name: organization, value, case-sensitivity, pattern), then their mentions (ids, ids).
     */
    private static final String REPLACE_NAMES_AND_RETAG = """
            delete from organization_name where organization_id = any(?::uuid[]);
            insert into organization_name (organization_id, value, case_sensitive, pattern)
            select * from unnest(?::uuid[], ?::text[], ?::boolean[], ?::text[]);
            """ + Mentions.RETAG_ORGANIZATIONS;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public OrganizationReplicaUpdater(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
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
        applyAll(List.of(event));
    }

    /**
     * Plain JDBC on the transaction's connection, two round trips for all the events: the rows and
     * the names they had, then (for those whose names changed) the new names and the paragraphs
     * that mention them.
     */
    @Override
    public void applyAll(List<ReceivedChangeEvent> events) {
        List<Replica> replicas = events.stream().map(this::read).toList();
        entityManager.unwrap(Session.class).doWork(connection -> {
            Map<UUID, Set<OrganizationName>> had = new HashMap<>();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                Object[] ids = replicas.stream().map(Replica::id).toArray();
                upsert.setArray(1, connection.createArrayOf("uuid", ids));
                upsert.setArray(2, connection.createArrayOf("text", replicas.stream().map(r -> r.state().acronym()).toArray()));
                upsert.setArray(3, connection.createArrayOf("text", replicas.stream().map(r -> r.state().name()).toArray()));
                upsert.setArray(4, connection.createArrayOf("bigint", replicas.stream().map(r -> r.state().version()).toArray()));
                upsert.setArray(5, connection.createArrayOf("text", replicas.stream().map(Replica::updatedAt).toArray()));
                upsert.setArray(6, connection.createArrayOf("uuid", ids));
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        had.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashSet<>())
                                .add(new OrganizationName(rows.getString(2), rows.getBoolean(3), rows.getString(4)));
                    }
                }
            }
            List<Replica> renamed = replicas.stream()
                    .filter(replica -> !new HashSet<>(replica.names()).equals(had.getOrDefault(replica.id(), Set.of())))
                    .toList();
            if (renamed.isEmpty()) {
                return;
            }
            Object[] ids = renamed.stream().map(Replica::id).toArray();
            List<UUID> owners = new ArrayList<>();
            List<OrganizationName> names = new ArrayList<>();
            for (Replica replica : renamed) {
                replica.names().forEach(name -> {
                    owners.add(replica.id());
                    names.add(name);
                });
            }
            try (PreparedStatement replace = connection.prepareStatement(REPLACE_NAMES_AND_RETAG)) {
                replace.setArray(1, connection.createArrayOf("uuid", ids));
                replace.setArray(2, connection.createArrayOf("uuid", owners.toArray()));
                replace.setArray(3, connection.createArrayOf("text", names.stream().map(OrganizationName::value).toArray()));
                replace.setArray(4, connection.createArrayOf("boolean",
                        names.stream().map(OrganizationName::caseSensitive).toArray()));
                replace.setArray(5, connection.createArrayOf("text", names.stream().map(OrganizationName::pattern).toArray()));
                replace.setArray(6, connection.createArrayOf("uuid", ids));
                replace.setArray(7, connection.createArrayOf("uuid", ids));
                replace.execute();
            }
        });
    }

    private Replica read(ReceivedChangeEvent event) {
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
        return new Replica(id, state, OrganizationName.of(state));
    }

    /** An organization as an event announces it, and the names it goes by. */
    private record Replica(UUID id, OrganizationState state, List<OrganizationName> names) {
        String updatedAt() {
            return (state.updatedAt() == null ? Instant.now() : state.updatedAt()).toString();
        }
    }
}
