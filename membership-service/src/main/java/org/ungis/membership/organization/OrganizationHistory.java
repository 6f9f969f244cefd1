package org.ungis.membership.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    void record(ChangeEventType type, OrganizationState state) {
        try {
            entityManager.createNativeQuery("""
                    insert into organization_history (organization_id, version, event_type, occurred_at, state)
                    values (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, UUID.fromString(state.id()))
                    .setParameter(2, state.version())
                    .setParameter(3, type.type())
                    .setParameter(4, state.updatedAt())
                    .setParameter(5, objectMapper.writeValueAsString(state))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize organization state", e);
        }
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
