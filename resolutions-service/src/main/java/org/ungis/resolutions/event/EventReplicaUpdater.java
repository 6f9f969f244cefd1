package org.ungis.resolutions.event;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ungis.changeevents.ChangeTopic;
import org.ungis.changeevents.events.EventState;
import org.ungis.platform.inbox.ChangeEventHandler;
import org.ungis.platform.inbox.ChangeEventPayload;
import org.ungis.platform.inbox.ReceivedChangeEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the events events-service announces (id, title, series, edition, start), so that a
 * mandate due at "the 29th session of the CSTD" links to that event once it is known.
 */
@ApplicationScoped
public class EventReplicaUpdater implements ChangeEventHandler {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public EventReplicaUpdater(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Override
    public String consumerName() {
        return "resolutions-service.event-replica";
    }

    @Override
    public Set<ChangeTopic> topics() {
        return Set.of(ChangeTopic.EVENTS_EVENTS);
    }

    @Override
    public void apply(ReceivedChangeEvent event) {
        EventState state = ChangeEventPayload.read(objectMapper, event, EventState.class, Map.of(
                "title", EventState::title,
                "startDate", EventState::startDate));
        entityManager.createNativeQuery("""
                insert into event_replica (id, title, series, edition, start_date, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (id) do update set title = excluded.title, series = excluded.series,
                    edition = excluded.edition, start_date = excluded.start_date, version = excluded.version,
                    updated_at = excluded.updated_at""")
                .setParameter(1, UUID.fromString(state.id())).setParameter(2, state.title()).setParameter(3, state.series())
                .setParameter(4, state.edition()).setParameter(5, state.startDate()).setParameter(6, state.version())
                .setParameter(7, state.updatedAt() == null ? Instant.now() : state.updatedAt())
                .executeUpdate();
    }
}
