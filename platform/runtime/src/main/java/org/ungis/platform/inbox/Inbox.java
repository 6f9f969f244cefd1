package org.ungis.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.ungis.platform.readcache.CommittedChanges;

/**
 * Records which change events a consumer has applied, in the same transaction as the effect, so a
 * redelivered event is skipped and an event older than the applied version is ignored (unless the
 * handler {@linkplain ChangeEventHandler#deduplicatesByEventId() does that itself}). A
 * transaction that applied an event ends the cached read answers of every instance of the
 * service when it commits ({@link CommittedChanges#announceWithCommit()}): replicas feed them.
 */
@ApplicationScoped
public class Inbox {

    public enum Outcome {
        APPLIED, DUPLICATE, STALE
    }

    /**
     * SQL: raise the version (parameters: consumer, aggregate, version), then record the event
     * (consumer, event id, type, aggregate, version) as applied or stale, unless it is there; how
     * many rows each changed. The record sees the raise through its result, not the table.
     */
    static final String CLAIM = """
            with raised as (
                insert into inbox_aggregate_version as applied (consumer, aggregate_id, version)
                values (?, ?, ?)
                on conflict (consumer, aggregate_id) do update set version = excluded.version
                where applied.version < excluded.version
                returning 1),
            recorded as (
                insert into inbox_processed_event (consumer, event_id, event_type, aggregate_id, aggregate_version, outcome)
                select ?, ?, ?, ?, ?, case when exists (select 1 from raised) then 'APPLIED' else 'STALE' end
                on conflict (consumer, event_id) do nothing
                returning 1)
            select (select count(*) from raised), (select count(*) from recorded)""";

    private final EntityManager entityManager;
    private final CommittedChanges changes;

    public Inbox(EntityManager entityManager, CommittedChanges changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /** Applies the event in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome applyOnce(ChangeEventHandler handler, ReceivedChangeEvent event) {
        return apply(handler, event);
    }

    /** Applies the event in the caller's transaction (several events of one poll commit together). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome applyWithin(ChangeEventHandler handler, ReceivedChangeEvent event) {
        return apply(handler, event);
    }

    /**
     * One statement: it raises the applied version if this event is newer (so it tells new from
     * stale and claims the version at once) and records the event id with that outcome unless it
     * was recorded before (a duplicate). Both roll back with the effect.
     */
    private Outcome apply(ChangeEventHandler handler, ReceivedChangeEvent event) {
        if (handler.deduplicatesByEventId()) {
            handler.apply(event); // a redelivery changes nothing there, and is counted as applied
            return Outcome.APPLIED;
        }
        // plain JDBC on the transaction's connection: native queries would make Hibernate flush
        // and check the managed entities before each
        int[] counts = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, handler.consumerName());
                claim.setString(2, event.subject());
                claim.setLong(3, event.version());
                claim.setString(4, handler.consumerName());
                claim.setString(5, event.id());
                claim.setString(6, event.type().type());
                claim.setString(7, event.subject());
                claim.setLong(8, event.version());
                try (ResultSet result = claim.executeQuery()) {
                    result.next();
                    return new int[] { result.getInt(1), result.getInt(2) };
                }
            }
        });
        boolean newer = counts[0] == 1;
        int recorded = counts[1];
        if (recorded == 0) {
            return Outcome.DUPLICATE;
        }
        if (!newer) {
            return Outcome.STALE;
        }
        handler.apply(event);
        changes.announceWithCommit();
        return Outcome.APPLIED;
    }
}
