package org.ungis.membership.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.ungis.platform.transactions.AfterCommit;

/**
 * The webhook tables, in plain SQL: messages in, deliveries leased, attempts recorded, all in
 * batches, so thousands of deliveries a second cost a few statements each.
 */
@ApplicationScoped
public class DeliveryQueue {
    /** Marks a transaction that queued deliveries to be leased from the table (a key of {@link AfterCommit}). */
    private static final Object WAKE = new Object();
    /** Gathers a transaction's deliveries leased as they were queued (a key of {@link AfterCommit}). */
    private static final Object HELD = new Object();
    /** Marks subscriptions whose held deliveries are to be let go after a change (a key of {@link AfterCommit}). */
    private static final Object CHANGED = new Object();
    /** Marks a transaction that has set {@link #preferIndexes} (a resource key of the transaction). */
    private static final Object PREFER_INDEXES = new Object();

    /**
     * SQL: subscription {@code s}'s filters take message {@code m}'s type, exactly or by a prefix
     * wildcard ({@code org.ungis.membership.post.*}).
     */
    static final String FILTERS_TAKE_MESSAGE = """
            exists (select 1 from unnest(s.event_types) f
                    where f = m.event_type or (right(f, 2) = '.*' and starts_with(m.event_type, left(f, -1))))""";

    /** SQL of {@link #readyWaiting}: parameters the subscription (null: all) twice. */
    static final String READY_WAITING = """
            update webhook_delivery d set ready = true
            where exists (select 1 from webhook_delivery w where w.status = 'PENDING' and not w.ready)
              and not d.ready
              and d.id = any(array(
                  select head.id
                  from (select distinct on (subscription_id, subject) id, ready
                        from webhook_delivery
                        where status = 'PENDING' and schedule_step = 0
                          and (?::uuid is null or subscription_id = ?::uuid)
                        order by subscription_id, subject, id) head
                  where not head.ready))""";

    /** SQL of {@link #readyNext}: parameters the streams' subscriptions and subjects, as arrays. */
    static final String READY_NEXT = """
            update webhook_delivery n set ready = true
            where exists (select 1 from webhook_delivery w where w.status = 'PENDING' and not w.ready)
              and not n.ready
              and n.id = any(array(
                select (select min(e.id) from webhook_delivery e
                        where e.subscription_id = r.subscription and e.subject = r.subject
                          and e.status = 'PENDING' and e.schedule_step = 0)
                from unnest(?::uuid[], ?::text[]) as r(subscription, subject)))""";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final DeliveryDispatcher dispatcher;
    private final WebhookBodies bodies;

    public DeliveryQueue(DataSource dataSource, TransactionSynchronizationRegistry transactions,
            DeliveryDispatcher dispatcher, WebhookBodies bodies) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.bodies = bodies;
    }

    /**
     * Stores a message and works out its deliveries: one for each subscription (active or paused,
     * and older than the change) whose filters take {@code matchingFilters} (the type and each of
     * its prefix wildcards), in the caller's transaction. Deliveries to active subscriptions that are first of their stream (no
     * earlier message of the subject to the subscription waits in the table for a first attempt,
     * other than ones this instance holds) are handed to the dispatcher once the transaction
     * commits and get their row with the outcome of their first attempt; until then the message
     * row says this instance holds them. The rest get a row now and wait in the table for a
     * lease. The number of deliveries queued.
     */
    public int enqueue(String messageId, String type, String subject, Instant occurredAt, String body,
            List<String> matchingFilters) {
        boolean hold = dispatcher.hasRoom();
        Duration lease = dispatcher.leaseDuration();
        UUID instance = dispatcher.instance();
        long leasedUntil = System.nanoTime() + lease.toNanos(); // never later than the message row says
        try (Connection connection = dataSource.getConnection()) {
            int queued = 0;
            boolean leftDue = false;
            List<DueDelivery> held = new ArrayList<>();
            preferIndexesInThisTransaction(connection);
            byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8); // one copy for all the message's deliveries
            // One statement: the message row first (nothing else when it is there already: a
            // redelivered event), held until the deliveries this instance holds have rows, if it
            // holds any; then the rows of the deliveries it does not hold.
            try (PreparedStatement insert = connection.prepareStatement("""
                    with target as (
                        select s.id, s.url, s.secret, s.previous_secret, s.previous_secret_expires_at,
                               (select true from webhook_delivery e -- a probe per subscription, never a join
                                where e.subscription_id = s.id and e.subject = ? and e.status = 'PENDING'
                                  and e.schedule_step = 0 and e.leased_by is distinct from ?
                                limit 1) is null as first,
                               s.status = 'ACTIVE' as active
                        from webhook_subscription s
                        where s.status in ('ACTIVE', 'PAUSED') and s.event_types && ? and s.created_at <= ?),
                    message as (
                        insert into webhook_message (id, event_type, subject, occurred_at, body, fanned_out, held_until)
                        select ?, ?, ?, ?, ?, h.none, case when h.none then null
                                                           else clock_timestamp() + ? * interval '1 millisecond' end
                        from (select not exists (select 1 from target t where t.first and t.active and ?) as none) h
                        on conflict (id) do nothing
                        returning id),
                    stored as (
                        insert into webhook_delivery (message_id, subscription_id, subject, status, ready)
                        select m.id, t.id, ?, 'PENDING', t.first
                        from target t, message m
                        where not (t.first and t.active and ?)
                        order by t.id
                        on conflict (message_id, subscription_id) do nothing
                        returning ready)
                    select t.id, t.url, t.secret, t.previous_secret, t.previous_secret_expires_at, null
                    from target t, message m where t.first and t.active and ?
                    union all
                    select null, null, null, null, null, s.ready from stored s""")) {
                insert.setString(1, subject);
                insert.setObject(2, instance);
                insert.setArray(3, connection.createArrayOf("text", matchingFilters.toArray()));
                insert.setTimestamp(4, Timestamp.from(occurredAt)); // changes from before a subscription are not its
                insert.setString(5, messageId);
                insert.setString(6, type);
                insert.setString(7, subject);
                insert.setTimestamp(8, Timestamp.from(occurredAt));
                insert.setString(9, body);
                insert.setLong(10, lease.toMillis());
                insert.setBoolean(11, hold);
                insert.setString(12, subject);
                insert.setBoolean(13, hold);
                insert.setBoolean(14, hold);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        queued++;
                        UUID subscription = rows.getObject(1, UUID.class);
                        if (subscription != null) {
                            Timestamp expires = rows.getTimestamp(5);
                            held.add(new DueDelivery(0, 0, 0, messageId, subject, bodyBytes, subscription,
                                    rows.getString(2), rows.getBytes(3), rows.getBytes(4),
                                    expires == null ? null : expires.toInstant(), leasedUntil));
                        } else if (rows.getBoolean(6)) {
                            leftDue = true;
                        }
                    }
                }
            }
            AfterCommit.collect(transactions, HELD, held, dispatcher::send);
            if (leftDue) {
                wakeAfterCommit();
            }
            return queued;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue webhook message " + messageId, e);
        }
    }

    /** A ping for one subscription, in the caller's transaction; its delivery id. */
    public long enqueuePing(UUID subscription, UUID organization) {
        String id = "ping_" + UUID.randomUUID();
        Instant now = Instant.now();
        String body = bodies.ping(id, subscription, organization, now);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into webhook_message (id, event_type, subject, occurred_at, body) values (?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, WebhookBodies.PING_TYPE);
                insert.setString(3, subscription.toString());
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setString(5, body);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into webhook_delivery (message_id, subscription_id, subject, status, ready)
                    values (?, ?, ?, 'PENDING', not exists (
                        select 1 from webhook_delivery e
                        where e.subscription_id = ? and e.subject = ? and e.status = 'PENDING' and e.schedule_step = 0))
                    returning id""")) {
                insert.setString(1, id);
                insert.setObject(2, subscription);
                insert.setString(3, subscription.toString());
                insert.setObject(4, subscription);
                insert.setString(5, subscription.toString());
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    wakeAfterCommit();
                    return result.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue a ping for " + subscription, e);
        }
    }

    /** Wakes the dispatcher to lease from the table when the current transaction commits (once, however many it queued). */
    public void wakeAfterCommit() {
        AfterCommit.once(transactions, WAKE, dispatcher::wake);
    }

    /**
     * A subscription changed (address, filters, secret, status) in the current transaction: once
     * it commits, deliveries held for it in memory are let go and leased again with what it is now.
     */
    public void subscriptionChangedAfterCommit(UUID subscription) {
        AfterCommit.collect(transactions, CHANGED, List.of(subscription), dispatcher::forget);
    }

    /**
     * Leases up to {@code limit} due, ready deliveries of active subscriptions by moving their
     * next attempt {@code lease} ahead (a crashed sender's lease runs out and the row is due
     * again). Reads only ready rows, so its cost follows the batch, not the backlog.
     */
    List<DueDelivery> lease(int limit, Duration lease, UUID instance) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                try (PreparedStatement claim = connection.prepareStatement("""
                            with due as (
                                select d.id from webhook_delivery d
                                join webhook_subscription s on s.id = d.subscription_id and s.status = 'ACTIVE'
                                where d.status = 'PENDING' and d.ready and d.next_attempt_at <= now()
                                order by d.next_attempt_at, d.id
                                limit ?
                                for update of d skip locked)
                            update webhook_delivery d set next_attempt_at = clock_timestamp() + ? * interval '1 millisecond',
                                leased_by = ?
                            from due, webhook_message m, webhook_subscription s
                            where d.id = due.id and m.id = d.message_id and s.id = d.subscription_id
                            returning d.id, d.schedule_step, d.attempts, m.id, d.subject, m.body, s.id, s.url, s.secret,
                                      s.previous_secret, s.previous_secret_expires_at""")) {
                    claim.setInt(1, limit);
                    claim.setLong(2, lease.toMillis());
                    claim.setObject(3, instance);
                    long leasedUntil = System.nanoTime() + lease.toNanos();
                    List<DueDelivery> due = new ArrayList<>();
                    try (ResultSet rows = claim.executeQuery()) {
                        while (rows.next()) {
                            Timestamp expires = rows.getTimestamp(11);
                            due.add(new DueDelivery(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getString(4),
                                    rows.getString(5), rows.getString(6).getBytes(StandardCharsets.UTF_8),
                                    rows.getObject(7, UUID.class), rows.getString(8),
                                    rows.getBytes(9), rows.getBytes(10), expires == null ? null : expires.toInstant(),
                                    leasedUntil));
                        }
                    }
                    due.sort((a, b) -> Long.compare(a.id(), b.id()));
                    return due;
                }
            });
        }
    }

    /**
     * Stores, in one transaction, what became of held deliveries: attempts (a delivery without a
     * row gets it now, with its first attempt; one with a row keeps its latest attempt on the row
     * and moves the one before to the attempt log), leases given back unsent, messages whose
     * held deliveries all have rows now, the next message of each stream that may go, and the
     * subscriptions' health. Leases are given back only if {@code instance} still holds them. The
     * number of deliveries it made ready to be leased.
     */
    int record(List<RecordedAttempt> outcomes, Duration disableAfter, UUID instance) throws SQLException {
        List<RecordedAttempt> attemptedRows = new ArrayList<>();
        List<RecordedAttempt> attemptedNew = new ArrayList<>();
        List<Long> releasedRows = new ArrayList<>();
        List<DueDelivery> releasedNew = new ArrayList<>();
        List<String> fannedOut = new ArrayList<>();
        Set<Map.Entry<UUID, String>> streams = new LinkedHashSet<>();
        Map<UUID, AttemptResult> latest = new LinkedHashMap<>(); // a subscription's health follows its latest attempt
        for (RecordedAttempt outcome : outcomes) {
            DueDelivery delivery = outcome.delivery();
            if (outcome.completesMessage()) {
                fannedOut.add(delivery.messageId());
            }
            if (outcome.isRelease()) {
                if (delivery.stored()) {
                    releasedRows.add(delivery.id());
                } else {
                    releasedNew.add(delivery);
                }
                continue;
            }
            latest.put(delivery.subscriptionId(), outcome.result());
            if (delivery.stored()) {
                attemptedRows.add(outcome);
                if (delivery.scheduleStep() == 0) {
                    streams.add(Map.entry(delivery.subscriptionId(), delivery.subject()));
                }
            } else {
                attemptedNew.add(outcome);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            // outcomes are not worth a disk flush each: if the last few are lost in a crash,
            // those deliveries are sent again, with the same webhook-id
            return inTransaction(connection, "set local synchronous_commit = off", () -> {
                int readied = 0;
                if (!attemptedNew.isEmpty()) {
                    insertAttempted(connection, attemptedNew);
                }
                if (!attemptedRows.isEmpty()) {
                    updateAttempted(connection, attemptedRows);
                }
                if (!releasedNew.isEmpty()) {
                    insertReleased(connection, releasedNew);
                    readied += releasedNew.size();
                }
                if (!releasedRows.isEmpty()) {
                    try (PreparedStatement update = connection.prepareStatement("""
                            update webhook_delivery set next_attempt_at = now(), leased_by = null
                            where id = any(?) and status = 'PENDING' and leased_by = ?""")) {
                        update.setArray(1, connection.createArrayOf("bigint", releasedRows.toArray()));
                        update.setObject(2, instance);
                        readied += update.executeUpdate();
                    }
                }
                if (!fannedOut.isEmpty()) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "update webhook_message set fanned_out = true, held_until = null where id = any(?)")) {
                        update.setArray(1, connection.createArrayOf("text", fannedOut.toArray()));
                        update.executeUpdate();
                    }
                }
                if (!streams.isEmpty()) {
                    readied += readyNext(connection, streams);
                }
                recordHealth(connection, latest, disableAfter);
                return readied;
            });
        }
    }

    /** Rows for deliveries sent from memory, with their first attempt (unless the subscription is gone). */
    private static void insertAttempted(Connection connection, List<RecordedAttempt> outcomes) throws SQLException {
        Columns columns = new Columns(outcomes);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into webhook_delivery (message_id, subscription_id, subject, status, schedule_step, attempts,
                    next_attempt_at, last_attempt_at, last_duration_ms, last_status_code, last_error, finished_at, ready)
                select r.message, r.subscription, r.subject, r.status, r.step, 1, coalesce(r.next_at, r.at), r.at,
                       r.duration, r.code, r.error, case when r.status = 'PENDING' then null else r.at end, true
                from unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[]::timestamptz[],
                            ?::text[]::timestamptz[], ?::int[], ?::int[], ?::text[])
                     as r(message, subscription, subject, status, step, next_at, at, duration, code, error)
                join webhook_subscription s on s.id = r.subscription
                on conflict (message_id, subscription_id) do nothing""")) {
            insert.setArray(1, connection.createArrayOf("text", columns.messages));
            insert.setArray(2, connection.createArrayOf("uuid", columns.subscriptions));
            insert.setArray(3, connection.createArrayOf("text", columns.subjects));
            columns.bindOutcomes(connection, insert, 4);
            insert.executeUpdate();
        }
    }

    /** Attempts of deliveries that have a row: the latest goes on the row, the one before to the log. */
    private static void updateAttempted(Connection connection, List<RecordedAttempt> outcomes) throws SQLException {
        Columns columns = new Columns(outcomes);
        try (PreparedStatement update = connection.prepareStatement("""
                with earlier as (
                    insert into webhook_attempt (delivery_id, attempted_at, duration_ms, status_code, error)
                    select d.id, d.last_attempt_at, coalesce(d.last_duration_ms, 0), d.last_status_code, d.last_error
                    from webhook_delivery d
                    where d.id = any(?::bigint[]) and d.last_attempt_at is not null
                    order by d.id)
                update webhook_delivery d set status = r.status, schedule_step = r.step,
                    attempts = d.attempts + 1, next_attempt_at = coalesce(r.next_at, d.next_attempt_at), leased_by = null,
                    last_attempt_at = r.at, last_duration_ms = r.duration, last_status_code = r.code, last_error = r.error,
                    finished_at = case when r.status = 'PENDING' then null else r.at end
                from unnest(?::bigint[], ?::text[], ?::int[], ?::text[]::timestamptz[], ?::text[]::timestamptz[],
                            ?::int[], ?::int[], ?::text[]) as r(id, status, step, next_at, at, duration, code, error)
                where d.id = r.id""")) {
            Array ids = connection.createArrayOf("bigint", columns.ids);
            update.setArray(1, ids);
            update.setArray(2, ids);
            columns.bindOutcomes(connection, update, 3);
            update.executeUpdate();
        }
    }

    /** Rows, due now, for deliveries held in memory and given back unsent; each waits for its stream's earlier ones. */
    private static void insertReleased(Connection connection, List<DueDelivery> deliveries) throws SQLException {
        int size = deliveries.size();
        String[] messages = new String[size];
        UUID[] subscriptions = new UUID[size];
        String[] subjects = new String[size];
        for (int i = 0; i < size; i++) {
            messages[i] = deliveries.get(i).messageId();
            subscriptions[i] = deliveries.get(i).subscriptionId();
            subjects[i] = deliveries.get(i).subject();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into webhook_delivery (message_id, subscription_id, subject, status, ready)
                select r.message, r.subscription, r.subject, 'PENDING', (
                    select true from webhook_delivery e
                    where e.subscription_id = r.subscription and e.subject = r.subject and e.status = 'PENDING'
                      and e.schedule_step = 0
                    limit 1) is null
                from unnest(?::text[], ?::uuid[], ?::text[]) with ordinality as r(message, subscription, subject, n)
                join webhook_subscription s on s.id = r.subscription
                order by r.n
                on conflict (message_id, subscription_id) do nothing""")) {
            insert.setArray(1, connection.createArrayOf("text", messages));
            insert.setArray(2, connection.createArrayOf("uuid", subscriptions));
            insert.setArray(3, connection.createArrayOf("text", subjects));
            insert.executeUpdate();
        }
    }

    /**
     * Readies each stream's next message, now that the one before it has had its first attempt;
     * nothing to look at (one probe) while no message waits for the one before it. The heads
     * are worked out once, into an array, whatever plan the statement gets (see {@link #readyWaiting}).
     */
    private static int readyNext(Connection connection, Set<Map.Entry<UUID, String>> streams) throws SQLException {
        try (PreparedStatement ready = connection.prepareStatement(READY_NEXT)) {
            ready.setArray(1, connection.createArrayOf("uuid", streams.stream().map(Map.Entry::getKey).toArray()));
            ready.setArray(2, connection.createArrayOf("text", streams.stream().map(Map.Entry::getValue).toArray()));
            return ready.executeUpdate();
        }
    }

    /** A subscription that answered is healthy; one failing for too long, or gone (410), is disabled. */
    private static void recordHealth(Connection connection, Map<UUID, AttemptResult> latest, Duration disableAfter)
            throws SQLException {
        List<UUID> healthy = new ArrayList<>();
        List<UUID> failing = new ArrayList<>();
        List<String> failingAt = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        latest.forEach((subscription, result) -> {
            if (result.succeeded()) {
                healthy.add(subscription);
            } else if (result.gone()) {
                gone.add(subscription);
            } else {
                failing.add(subscription);
                failingAt.add(result.at().toString());
            }
        });
        if (!healthy.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update webhook_subscription set failing_since = null where id = any(?) and failing_since is not null")) {
                update.setArray(1, uuids(connection, healthy));
                update.executeUpdate();
            }
        }
        if (!failing.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_subscription s set failing_since = f.at
                    from unnest(?::uuid[], ?::text[]::timestamptz[]) as f(id, at)
                    where s.id = f.id and s.failing_since is null""")) {
                update.setArray(1, uuids(connection, failing));
                update.setArray(2, connection.createArrayOf("text", failingAt.toArray()));
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_subscription set status = 'DISABLED', version = version + 1, updated_at = now(),
                        disabled_reason = 'every attempt since '
                            || to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ' failed'
                    where id = any(?) and status = 'ACTIVE' and failing_since < now() - ? * interval '1 millisecond'""")) {
                update.setArray(1, uuids(connection, failing));
                update.setLong(2, disableAfter.toMillis());
                update.executeUpdate();
            }
        }
        if (!gone.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_subscription set status = 'DISABLED',
                        disabled_reason = 'the endpoint answered 410 Gone', version = version + 1, updated_at = now()
                    where id = any(?) and status = 'ACTIVE'""")) {
                update.setArray(1, uuids(connection, gone));
                update.executeUpdate();
            }
        }
    }

    /**
     * Fans out again, as rows due now, the messages whose holder did not record all their
     * deliveries in time (it died, or could not reach the database): only subscriptions without a
     * row for the message get one. The number of messages.
     */
    int fanOutAbandoned() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                try (PreparedStatement fanOut = connection.prepareStatement("""
                            with abandoned as (
                                select id, event_type, subject, occurred_at from webhook_message
                                where not fanned_out and held_until < now()
                                order by held_until
                                limit 100
                                for update skip locked),
                            stored as (
                                insert into webhook_delivery (message_id, subscription_id, subject, status, ready)
                                select m.id, s.id, m.subject, 'PENDING', (
                                    select true from webhook_delivery e
                                    where e.subscription_id = s.id and e.subject = m.subject and e.status = 'PENDING'
                                      and e.schedule_step = 0
                                    limit 1) is null
                                from abandoned m join webhook_subscription s on s.status in ('ACTIVE', 'PAUSED')
                                    and s.created_at <= m.occurred_at and %s
                                order by m.occurred_at, m.id, s.id
                                on conflict (message_id, subscription_id) do nothing)
                            update webhook_message m set fanned_out = true, held_until = null
                            from abandoned a where m.id = a.id""".formatted(FILTERS_TAKE_MESSAGE))) {
                    return fanOut.executeUpdate();
                }
            });
        }
    }

    /** Deletes a subscription's deliveries and their attempts, in the caller's transaction. */
    public void deleteDeliveriesOf(UUID subscription) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        with attempts as (
                            delete from webhook_attempt a using webhook_delivery d
                            where a.delivery_id = d.id and d.subscription_id = ?)
                        delete from webhook_delivery where subscription_id = ?""")) {
            delete.setObject(1, subscription);
            delete.setObject(2, subscription);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the deliveries of " + subscription, e);
        }
    }

    /** One array a column, of the attempts in a batch. */
    private static final class Columns {
        final Long[] ids;
        final String[] messages;
        final UUID[] subscriptions;
        final String[] subjects;
        final String[] statuses;
        final Integer[] steps;
        final String[] nextAt;
        final String[] at;
        final Integer[] durations;
        final Integer[] codes;
        final String[] errors;

        Columns(List<RecordedAttempt> outcomes) {
            int size = outcomes.size();
            ids = new Long[size];
            messages = new String[size];
            subscriptions = new UUID[size];
            subjects = new String[size];
            statuses = new String[size];
            steps = new Integer[size];
            nextAt = new String[size];
            at = new String[size];
            durations = new Integer[size];
            codes = new Integer[size];
            errors = new String[size];
            for (int i = 0; i < size; i++) {
                RecordedAttempt outcome = outcomes.get(i);
                DueDelivery delivery = outcome.delivery();
                AttemptResult result = outcome.result();
                ids[i] = delivery.id();
                messages[i] = delivery.messageId();
                subscriptions[i] = delivery.subscriptionId();
                subjects[i] = delivery.subject();
                statuses[i] = outcome.status();
                steps[i] = outcome.scheduleStep();
                nextAt[i] = outcome.nextAttemptAt() == null ? null : outcome.nextAttemptAt().toString();
                at[i] = result.at().toString();
                durations[i] = (int) Math.min(Integer.MAX_VALUE, result.durationMillis());
                codes[i] = result.statusCode();
                errors[i] = result.error();
            }
        }

        /**
         * Binds status, step, next attempt, attempt time, duration, status code and error, in that
         * order, from parameter {@code first} on.
         */
        void bindOutcomes(Connection connection, PreparedStatement statement, int first) throws SQLException {
            statement.setArray(first, connection.createArrayOf("text", statuses));
            statement.setArray(first + 1, connection.createArrayOf("integer", steps));
            statement.setArray(first + 2, connection.createArrayOf("text", nextAt));
            statement.setArray(first + 3, connection.createArrayOf("text", at));
            statement.setArray(first + 4, connection.createArrayOf("integer", durations));
            statement.setArray(first + 5, connection.createArrayOf("integer", codes));
            statement.setArray(first + 6, connection.createArrayOf("text", errors));
        }
    }

    /**
     * The queue's table changes size faster than its statistics follow (emptied by a cleanup,
     * 100,000 rows a minute later): with a plan made for an empty table, each stream probe would
     * read the whole table. The queue's statements use their (partial) indexes whatever the
     * estimates say; this holds for the rest of the current transaction only.
     */
    private static void preferIndexes(Connection connection) throws SQLException {
        preferIndexes(connection, null);
    }

    /** {@link #preferIndexes}, with one more {@code set local} in the same round trip when given. */
    private static void preferIndexes(Connection connection, String alsoSet) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute(alsoSet == null ? "set local enable_seqscan = off" : "set local enable_seqscan = off; " + alsoSet);
        }
    }

    /**
     * {@link #preferIndexes} once for the current JTA transaction (a consumer's poll queues many
     * messages in one), on the connection the pool hands out to it.
     */
    private void preferIndexesInThisTransaction(Connection connection) throws SQLException {
        if (transactions.getResource(PREFER_INDEXES) == null) {
            preferIndexes(connection);
            transactions.putResource(PREFER_INDEXES, Boolean.TRUE);
        }
    }

    /**
     * Runs {@code work} with {@link #preferIndexes}: in the caller's transaction if there is one,
     * otherwise in one of its own on {@code connection}.
     */
    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        return inTransaction(connection, null, work);
    }

    /** {@link #inTransaction(Connection, SqlWork)} with {@code alsoSet}, a {@code set local} statement, sent with the index preference. */
    private static <T> T inTransaction(Connection connection, String alsoSet, SqlWork<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            preferIndexes(connection, alsoSet);
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            preferIndexes(connection, alsoSet);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static Array uuids(Connection connection, List<UUID> values) throws SQLException {
        return connection.createArrayOf("uuid", values.toArray());
    }

    /**
     * Readies every waiting delivery that has become the first of its stream, of one subscription
     * or (null) all: the backstop for a message queued while the one before it was being
     * recorded, and for replays. One pass over the untried deliveries whatever the plan: the
     * heads are gathered into an array once and the rows found by primary key. (Written as a
     * join, it once ran for minutes in a nested loop over the pass, which alone took 0.23 s, with
     * 100,000 deliveries waiting; the recorder, which runs this, stored nothing meanwhile.)
     * Nothing is read while no delivery waits. The number readied.
     */
    int readyWaiting(UUID subscription) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                try (PreparedStatement update = connection.prepareStatement(READY_WAITING)) {
                    update.setObject(1, subscription);
                    update.setObject(2, subscription);
                    return update.executeUpdate();
                }
            });
        }
    }

    /** Deliveries waiting (due or not), and how long the oldest due one has waited. */
    QueueDepth depth() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> {
                try (PreparedStatement select = connection.prepareStatement("""
                            select (select count(*) from webhook_delivery where status = 'PENDING' and ready)
                                 + (select count(*) from webhook_delivery where status = 'PENDING' and not ready),
                                   greatest(0, coalesce(extract(epoch from now() - (select min(next_attempt_at)
                                       from webhook_delivery where status = 'PENDING' and ready)), 0))""");
                    ResultSet result = select.executeQuery()) {
                    result.next();
                    return new QueueDepth(result.getLong(1), result.getDouble(2));
                }
            });
        }
    }

    /** Forgets messages (and their deliveries and attempts) older than the retention. */
    int deleteOlderThan(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        with old as (
                            select m.id from webhook_message m
                            where m.received_at < ? and m.fanned_out
                              and not exists (select 1 from webhook_delivery d
                                              where d.message_id = m.id and d.status = 'PENDING')),
                        attempts as (
                            delete from webhook_attempt a using webhook_delivery d, old
                            where a.delivery_id = d.id and d.message_id = old.id),
                        deliveries as (
                            delete from webhook_delivery d using old where d.message_id = old.id)
                        delete from webhook_message m using old where m.id = old.id""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    record QueueDepth(long pending, double oldestDueAgeSeconds) {
    }
}
