package org.ungis.membership.organization;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.membership.OrganizationState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every version of an organization, kept forever: the outbox forgets, the history does not. */
@ApplicationScoped
public class OrganizationHistory {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public OrganizationHistory(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** Plain JDBC on the transaction's connection, like the outbox row written with it. */
    void record(ChangeEventType type, OrganizationState state) {
        String json;
        try {
            json = objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize organization state", e);
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into organization_history (organization_id, version, event_type, occurred_at, state)
                    values (?, ?, ?, ?, ?)""")) {
                insert.setObject(1, UUID.fromString(state.id()));
                insert.setLong(2, state.version());
                insert.setString(3, type.type());
                insert.setObject(4, state.updatedAt().atOffset(ZoneOffset.UTC));
                insert.setString(5, json);
                insert.executeUpdate();
            }
        });
    }

    List<HistoryEntry> of(UUID organizationId) {
        List<?> rows = entityManager.createNativeQuery("""
                select version, event_type, occurred_at, state from organization_history
                where organization_id = ?1 order by version""")
                .setParameter(1, organizationId)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> {
            try {
                return new HistoryEntry(((Number) row[0]).longValue(), (String) row[1], toInstant(row[2]),
                        objectMapper.readValue((String) row[3], OrganizationState.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable history row", e);
            }
        }).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** One version of the organization and the change that produced it. */
    public record HistoryEntry(long version, String eventType, Instant occurredAt, OrganizationState state) {
    }
}
