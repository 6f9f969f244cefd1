package org.ungis.platform.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
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
        String payload = toJson(state);
        // plain JDBC on the transaction's connection: a native query would make Hibernate flush
        // and check every managed entity first (the caller has flushed its own)
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_message (id, topic, event_type, aggregate_id, aggregate_version, payload, occurred_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, id);
                insert.setString(2, type.topic().topicName());
                insert.setString(3, type.type());
                insert.setString(4, state.id());
                insert.setLong(5, state.version());
                insert.setString(6, payload);
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
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
