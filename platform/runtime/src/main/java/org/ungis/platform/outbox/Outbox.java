package org.ungis.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.AggregateState;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.readcache.CommittedChanges;
import org.ungis.platform.transactions.AfterCommit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records a change event in the same database transaction as the change it describes. Nothing is
 * sent here: after the transaction commits, the relay is woken and publishes it; if it rolls
 * back, the event never existed.
 */
@ApplicationScoped
public class Outbox {
    /** Marks a transaction that recorded an event (the resource key of {@link AfterCommit}). */
    private static final Object AFTER_COMMIT = new Object();

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final CommittedChanges changes;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay, CommittedChanges changes) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.changes = changes;
    }

    /**
     * Records that {@code type} happened to the aggregate whose new state is {@code state}. The
     * caller flushes its entity first, so that {@code state.version()} is the committed version.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(ChangeEventType type, AggregateState state) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into outbox_message (id, topic, event_type, aggregate_id, aggregate_version, payload, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id)
                .setParameter(2, type.topic().topicName())
                .setParameter(3, type.type())
                .setParameter(4, state.id())
                .setParameter(5, state.version())
                .setParameter(6, toJson(state))
                .setParameter(7, Instant.now())
                .executeUpdate();
        // once per transaction; other instances hear of the change when the relay publishes it
        AfterCommit.once(transactions, AFTER_COMMIT, () -> {
            changes.advance();
            relay.wake();
        });
        return id;
    }

    private String toJson(AggregateState state) {
        try {
            return objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + state.getClass().getSimpleName(), e);
        }
    }
}
