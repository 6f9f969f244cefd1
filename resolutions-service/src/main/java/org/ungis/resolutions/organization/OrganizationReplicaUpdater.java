package org.ungis.resolutions.organization;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
    /** The replica row written (parameters: id, acronym, name, version, time) and the names it had (the id again). */
    private static final String UPSERT = """
            with upserted as (
                insert into organization_replica (id, acronym, name, version, updated_at) values (?, ?, ?, ?, ?)
                on conflict (id) do update set acronym = excluded.acronym, name = excluded.name,
                    version = excluded.version, updated_at = excluded.updated_at)
            select value, case_sensitive, pattern from organization_name where organization_id = ?""";
    /** The names replaced (parameters: id, id, values, case-sensitivity, patterns), then the mentions (id, id). */
    private static final String REPLACE_NAMES_AND_RETAG = """
            delete from organization_name where organization_id = ?;
            insert into organization_name (organization_id, value, case_sensitive, pattern)
            select ?, n.value, n.case_sensitive, n.pattern
            from unnest(?::text[], ?::boolean[], ?::text[]) as n(value, case_sensitive, pattern);
            """ + Mentions.RETAG_ORGANIZATION;

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
        List<OrganizationName> names = OrganizationName.of(state);
        // plain JDBC on the transaction's connection, two round trips: the row and the names it
        // had, then (only when they changed) the new names and the paragraphs that mention them
        entityManager.unwrap(Session.class).doWork(connection -> {
            List<OrganizationName> current = new ArrayList<>();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, id);
                upsert.setString(2, state.acronym());
                upsert.setString(3, state.name());
                upsert.setLong(4, state.version());
                upsert.setTimestamp(5, Timestamp.from(state.updatedAt() == null ? Instant.now() : state.updatedAt()));
                upsert.setObject(6, id);
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        current.add(new OrganizationName(rows.getString(1), rows.getBoolean(2), rows.getString(3)));
                    }
                }
            }
            if (new HashSet<>(names).equals(new HashSet<>(current))) {
                return;
            }
            try (PreparedStatement replace = connection.prepareStatement(REPLACE_NAMES_AND_RETAG)) {
                replace.setObject(1, id);
                replace.setObject(2, id);
                replace.setArray(3, connection.createArrayOf("text",
                        names.stream().map(OrganizationName::value).toArray()));
                replace.setArray(4, connection.createArrayOf("boolean",
                        names.stream().map(OrganizationName::caseSensitive).toArray()));
                replace.setArray(5, connection.createArrayOf("text",
                        names.stream().map(OrganizationName::pattern).toArray()));
                replace.setObject(6, id);
                replace.setObject(7, id);
                replace.execute();
            }
        });
    }
}
