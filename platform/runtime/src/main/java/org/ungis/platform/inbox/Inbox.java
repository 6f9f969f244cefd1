package org.ungis.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
     * Two statements: the first raises the applied version if this event is newer (so it tells
     * new from stale and claims the version at once), the second records the event id with that
     * outcome unless it was recorded before (a duplicate). Both roll back with the effect.
     */
    private Outcome apply(ChangeEventHandler handler, ReceivedChangeEvent event) {
        if (handler.deduplicatesByEventId()) {
            handler.apply(event); // a redelivery changes nothing there, and is counted as applied
            return Outcome.APPLIED;
        }
        String consumer = handler.consumerName();
        boolean newer = entityManager.createNativeQuery("""
                insert into inbox_aggregate_version as applied (consumer, aggregate_id, version) values (?1, ?2, ?3)
                on conflict (consumer, aggregate_id) do update set version = excluded.version
                where applied.version < excluded.version""")
                .setParameter(1, consumer)
                .setParameter(2, event.subject())
                .setParameter(3, event.version())
                .executeUpdate() == 1;
        int recorded = entityManager.createNativeQuery("""
                insert into inbox_processed_event (consumer, event_id, event_type, aggregate_id, aggregate_version, outcome)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (consumer, event_id) do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type().type())
                .setParameter(4, event.subject())
                .setParameter(5, event.version())
                .setParameter(6, newer ? Outcome.APPLIED.name() : Outcome.STALE.name())
                .executeUpdate();
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
