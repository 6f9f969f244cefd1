package org.ungis.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.ungis.platform.readcache.CommittedChanges;

/**
 * Records which change events a consumer has applied, in the same transaction as the effect, so a
 * redelivered event is skipped and an event older than the applied version is ignored. A
 * transaction that applied an event ends the cached read answers of every instance of the
 * service when it commits ({@link CommittedChanges#announceWithCommit()}): replicas feed them.
 */
@ApplicationScoped
public class Inbox {

    public enum Outcome {
        APPLIED, DUPLICATE, STALE
    }

    /**
     * SQL, for a poll's events at once (parameters: consumer; event ids, types, aggregates and
     * versions as arrays; consumer twice more): the version of each aggregate raised to the
     * newest of the poll if that is newer, then every event recorded unless it is there, as
     * applied if its aggregate was raised and it is newer than what was applied before, else as
     * stale. The events recorded now, with their outcome (a duplicate is not among them).
     */
    static final String CLAIM_ALL = """
            with batch as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::bigint[])
                    as b(event_id, event_type, aggregate_id, version)),
            previous as (
                select v.aggregate_id, v.version from inbox_aggregate_version v
                where v.consumer = ? and v.aggregate_id in (select aggregate_id from batch)),
            raised as (
                insert into inbox_aggregate_version as applied (consumer, aggregate_id, version)
                select ?, aggregate_id, max(version) from batch group by aggregate_id
                on conflict (consumer, aggregate_id) do update set version = excluded.version
                where applied.version < excluded.version
                returning aggregate_id),
            recorded as (
                insert into inbox_processed_event (consumer, event_id, event_type, aggregate_id, aggregate_version, outcome)
                select ?, b.event_id, b.event_type, b.aggregate_id, b.version,
                       case when r.aggregate_id is not null and (p.version is null or b.version > p.version)
                            then 'APPLIED' else 'STALE' end
                from batch b
                left join raised r on r.aggregate_id = b.aggregate_id
                left join previous p on p.aggregate_id = b.aggregate_id
                on conflict (consumer, event_id) do nothing
                returning event_id, outcome)
            select event_id, outcome from recorded""";

    private final EntityManager entityManager;
    private final CommittedChanges changes;

    public Inbox(EntityManager entityManager, CommittedChanges changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /** Applies the event in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome applyOnce(ChangeEventHandler handler, ReceivedChangeEvent event) {
        return apply(handler, List.of(event)).get(0);
    }

    /**
     * Applies a poll's events in the caller's transaction, claimed in one statement: the handler
     * gets, in one call and in the poll's order, the newest event of each aggregate that is newer
     * than the one applied. The earlier events of such an aggregate in the poll count as applied
     * too: the state the newest carries includes their changes. The outcome of each event, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> applyAllWithin(ChangeEventHandler handler, List<ReceivedChangeEvent> events) {
        return apply(handler, events);
    }

    private List<Outcome> apply(ChangeEventHandler handler, List<ReceivedChangeEvent> events) {
        Map<String, Outcome> recorded = claimAll(handler.consumerName(), events);
        List<Outcome> outcomes = new ArrayList<>(events.size());
        Map<String, Integer> newest = new HashMap<>(); // aggregate -> the index of its newest applied event
        for (int i = 0; i < events.size(); i++) {
            ReceivedChangeEvent event = events.get(i);
            Outcome outcome = recorded.remove(event.id()); // a second copy in the poll finds it gone
            if (outcome == null) {
                outcome = Outcome.DUPLICATE;
            } else if (outcome == Outcome.APPLIED) {
                newest.merge(event.subject(), i,
                        (kept, later) -> events.get(later).version() > events.get(kept).version() ? later : kept);
            }
            outcomes.add(outcome);
        }
        if (!newest.isEmpty()) {
            handler.applyAll(newest.values().stream().sorted().map(events::get).toList());
            changes.announceWithCommit();
        }
        return outcomes;
    }

    /**
     * Plain JDBC on the transaction's connection: a native query would make Hibernate flush and
     * check the managed entities first.
     */
    private Map<String, Outcome> claimAll(String consumer, List<ReceivedChangeEvent> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM_ALL)) {
                claim.setArray(1, connection.createArrayOf("text", events.stream().map(ReceivedChangeEvent::id).toArray()));
                claim.setArray(2, connection.createArrayOf("text", events.stream().map(e -> e.type().type()).toArray()));
                claim.setArray(3, connection.createArrayOf("text", events.stream().map(ReceivedChangeEvent::subject).toArray()));
                claim.setArray(4, connection.createArrayOf("bigint", events.stream().map(ReceivedChangeEvent::version).toArray()));
                claim.setString(5, consumer);
                claim.setString(6, consumer);
                claim.setString(7, consumer);
                Map<String, Outcome> outcomes = new HashMap<>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        outcomes.put(rows.getString(1), Outcome.valueOf(rows.getString(2)));
                    }
                }
                return outcomes;
            }
        });
    }
}
