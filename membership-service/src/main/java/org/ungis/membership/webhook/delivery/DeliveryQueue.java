package org.ungis.membership.webhook.delivery;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Marks a transaction that queued deliveries (the resource key of {@link AfterCommit}). */
    private static final Object WAKE = new Object();

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
     * Stores a message and one delivery per subscription (active or paused, and older than the
     * change) whose filters take {@code matchingFilters} (the type and each of its prefix wildcards), in the caller's
     * transaction; the dispatcher is woken once it commits.
     */
    public int enqueue(String messageId, String type, String subject, Instant occurredAt, String body,
            List<String> matchingFilters) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into webhook_message (id, event_type, subject, occurred_at, body) values (?, ?, ?, ?, ?)
                    on conflict (id) do nothing""")) {
                insert.setString(1, messageId);
                insert.setString(2, type);
                insert.setString(3, subject);
                insert.setTimestamp(4, Timestamp.from(occurredAt));
                insert.setString(5, body);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into webhook_delivery (message_id, subscription_id, subject, status, ready)
                    select ?, s.id, ?, 'PENDING', not exists (
                        select 1 from webhook_delivery e
                        where e.subscription_id = s.id and e.subject = ? and e.status = 'PENDING' and e.schedule_step = 0)
                    from webhook_subscription s
                    where s.status in ('ACTIVE', 'PAUSED') and s.event_types && ? and s.created_at <= ?
                    order by s.id
                    on conflict (message_id, subscription_id) do nothing""")) {
                insert.setString(1, messageId);
                insert.setString(2, subject);
                insert.setString(3, subject);
                insert.setArray(4, connection.createArrayOf("text", matchingFilters.toArray()));
                insert.setTimestamp(5, Timestamp.from(occurredAt)); // changes from before a subscription are not its
                int created = insert.executeUpdate();
                if (created > 0) {
                    wakeAfterCommit();
                }
                return created;
            }
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

    /** Wakes the dispatcher when the current transaction commits (once, however many it queued). */
    public void wakeAfterCommit() {
        AfterCommit.once(transactions, WAKE, dispatcher::wake);
    }

    /**
     * Leases up to {@code limit} due, ready deliveries of active subscriptions by moving their
     * next attempt {@code lease} ahead (a crashed sender's lease runs out and the row is due
     * again). Reads only ready rows, so its cost follows the batch, not the backlog.
     */
    List<DueDelivery> lease(int limit, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("""
                        with due as (
                            select d.id from webhook_delivery d
                            join webhook_subscription s on s.id = d.subscription_id and s.status = 'ACTIVE'
                            where d.status = 'PENDING' and d.ready and d.next_attempt_at <= now()
                            order by d.next_attempt_at, d.id
                            limit ?
                            for update of d skip locked)
                        update webhook_delivery d set next_attempt_at = now() + ? * interval '1 millisecond'
                        from due, webhook_message m, webhook_subscription s
                        where d.id = due.id and m.id = d.message_id and s.id = d.subscription_id
                        returning d.id, d.schedule_step, m.id, m.body, s.id, s.url, s.secret, s.previous_secret,
                                  s.previous_secret_expires_at""")) {
            claim.setInt(1, limit);
            claim.setLong(2, lease.toMillis());
            List<DueDelivery> due = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    Timestamp expires = rows.getTimestamp(9);
                    due.add(new DueDelivery(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                            rows.getObject(5, UUID.class), rows.getString(6), rows.getBytes(7), rows.getBytes(8),
                            expires == null ? null : expires.toInstant()));
                }
            }
            due.sort((a, b) -> Long.compare(a.id(), b.id()));
            return due;
        }
    }

    /** Stores attempts and what follows from them, for deliveries and their subscriptions, in one transaction. */
    void record(List<RecordedAttempt> attempts, Duration disableAfter) throws SQLException {
        int size = attempts.size();
        Long[] ids = new Long[size];
        String[] statuses = new String[size];
        Integer[] steps = new Integer[size];
        String[] nextAt = new String[size];
        Integer[] codes = new Integer[size];
        String[] errors = new String[size];
        String[] at = new String[size];
        Integer[] durations = new Integer[size];
        // the subscription's health follows its latest attempt in the batch
        Map<UUID, RecordedAttempt> latest = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            RecordedAttempt attempt = attempts.get(i);
            ids[i] = attempt.deliveryId();
            statuses[i] = attempt.status();
            steps[i] = attempt.scheduleStep();
            nextAt[i] = attempt.nextAttemptAt() == null ? null : attempt.nextAttemptAt().toString();
            codes[i] = attempt.result().statusCode();
            errors[i] = attempt.result().error();
            at[i] = attempt.result().at().toString();
            durations[i] = (int) Math.min(Integer.MAX_VALUE, attempt.result().durationMillis());
            latest.put(attempt.subscriptionId(), attempt);
        }
        List<UUID> healthy = new ArrayList<>();
        List<UUID> failing = new ArrayList<>();
        List<String> failingAt = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        latest.forEach((subscription, attempt) -> {
            if (attempt.result().succeeded()) {
                healthy.add(subscription);
            } else if (attempt.result().gone()) {
                gone.add(subscription);
            } else {
                failing.add(subscription);
                failingAt.add(attempt.result().at().toString());
            }
        });
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement update = connection.prepareStatement("""
                        update webhook_delivery d set status = r.status, schedule_step = r.step,
                            attempts = d.attempts + 1, next_attempt_at = coalesce(r.next_at, d.next_attempt_at),
                            last_status_code = r.code, last_error = r.error,
                            finished_at = case when r.status = 'PENDING' then null else r.at end
                        from unnest(?::bigint[], ?::text[], ?::int[], ?::text[]::timestamptz[], ?::int[], ?::text[],
                                    ?::text[]::timestamptz[]) as r(id, status, step, next_at, code, error, at)
                        where d.id = r.id""")) {
                    update.setArray(1, connection.createArrayOf("bigint", ids));
                    update.setArray(2, connection.createArrayOf("text", statuses));
                    update.setArray(3, connection.createArrayOf("integer", steps));
                    update.setArray(4, connection.createArrayOf("text", nextAt));
                    update.setArray(5, connection.createArrayOf("integer", codes));
                    update.setArray(6, connection.createArrayOf("text", errors));
                    update.setArray(7, connection.createArrayOf("text", at));
                    update.executeUpdate();
                }
                try (PreparedStatement ready = connection.prepareStatement("""
                        update webhook_delivery n set ready = true
                        where not n.ready and n.id in (
                            select (select min(e.id) from webhook_delivery e
                                    where e.subscription_id = d.subscription_id and e.subject = d.subject
                                      and e.status = 'PENDING' and e.schedule_step = 0)
                            from webhook_delivery d where d.id = any(?))""")) {
                    // each stream's next message, now that the one before it has had its first attempt
                    ready.setArray(1, connection.createArrayOf("bigint", ids));
                    ready.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into webhook_attempt (delivery_id, attempted_at, duration_ms, status_code, error)
                        select r.id, r.at, r.duration, r.code, r.error
                        from unnest(?::bigint[], ?::text[]::timestamptz[], ?::int[], ?::int[], ?::text[])
                             as r(id, at, duration, code, error)
                        where exists (select 1 from webhook_delivery d where d.id = r.id)""")) {
                    insert.setArray(1, connection.createArrayOf("bigint", ids));
                    insert.setArray(2, connection.createArrayOf("text", at));
                    insert.setArray(3, connection.createArrayOf("integer", durations));
                    insert.setArray(4, connection.createArrayOf("integer", codes));
                    insert.setArray(5, connection.createArrayOf("text", errors));
                    insert.executeUpdate();
                }
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
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static Array uuids(Connection connection, List<UUID> values) throws SQLException {
        return connection.createArrayOf("uuid", values.toArray());
    }

    /**
     * Readies every waiting delivery that has become the first of its stream, of one subscription
     * or (null) all: the backstop for a message queued while the one before it was being
     * recorded, and for replays. One pass over the untried deliveries whatever the plan (a
     * per-row probe went quadratic on a fast-growing table). The number readied.
     */
    int readyWaiting(UUID subscription) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update webhook_delivery d set ready = true
                        from (select distinct on (subscription_id, subject) id, ready
                              from webhook_delivery
                              where status = 'PENDING' and schedule_step = 0
                                and (?::uuid is null or subscription_id = ?::uuid)
                              order by subscription_id, subject, id) head
                        where d.id = head.id and not head.ready""")) {
            update.setObject(1, subscription);
            update.setObject(2, subscription);
            return update.executeUpdate();
        }
    }

    /** Deliveries waiting (due or not), and how long the oldest due one has waited. */
    QueueDepth depth() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select count(*), coalesce(extract(epoch from now() - min(next_attempt_at) filter (where next_attempt_at <= now())), 0)
                        from webhook_delivery where status = 'PENDING'""");
                ResultSet result = select.executeQuery()) {
            result.next();
            return new QueueDepth(result.getLong(1), result.getDouble(2));
        }
    }

    /** Forgets messages (and their deliveries and attempts) older than the retention. */
    int deleteOlderThan(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from webhook_message m where m.received_at < ?
                        and not exists (select 1 from webhook_delivery d where d.message_id = m.id and d.status = 'PENDING')""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    record QueueDepth(long pending, double oldestDueAgeSeconds) {
    }
}
