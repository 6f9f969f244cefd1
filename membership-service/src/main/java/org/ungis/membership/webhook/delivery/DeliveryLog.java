package org.ungis.membership.webhook.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.platform.problem.ProblemException;

/** What was sent where, and when it is sent again: the delivery log, redelivery and replay. */
@ApplicationScoped
public class DeliveryLog {
    private static final String COLUMNS = """
            d.id, d.message_id, m.event_type, d.subject, d.subscription_id, d.status, d.attempts, d.next_attempt_at,
            d.last_status_code, d.last_error, d.created_at, d.finished_at""";

    private final DataSource dataSource;
    private final DeliveryQueue queue;

    public DeliveryLog(DataSource dataSource, DeliveryQueue queue) {
        this.dataSource = dataSource;
        this.queue = queue;
    }

    /** Newest first; {@code before} is the last id of the previous page. */
    @Transactional
    public List<DeliveryView> list(UUID subscription, Optional<String> status, Optional<String> messageId,
            Optional<Long> before, int limit) {
        String sql = "select " + COLUMNS + " from webhook_delivery d join webhook_message m on m.id = d.message_id"
                + " where d.subscription_id = ? and (?::text is null or d.status = ?) and (?::text is null or d.message_id = ?)"
                + " and (?::bigint is null or d.id < ?) order by d.id desc limit ?";
        return query(sql, statement -> {
            statement.setObject(1, subscription);
            statement.setString(2, status.orElse(null));
            statement.setString(3, status.orElse(null));
            statement.setString(4, messageId.orElse(null));
            statement.setString(5, messageId.orElse(null));
            statement.setObject(6, before.orElse(null));
            statement.setObject(7, before.orElse(null));
            statement.setInt(8, limit);
        });
    }

    @Transactional
    public DeliveryView get(UUID subscription, long delivery) {
        DeliveryView found = one(subscription, delivery);
        List<DeliveryView.AttemptView> attempts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select attempted_at, duration_ms, status_code, error from (
                            select a.attempted_at, a.duration_ms, a.status_code, a.error, a.id as n
                            from webhook_attempt a where a.delivery_id = ?
                            union all
                            select d.last_attempt_at, coalesce(d.last_duration_ms, 0), d.last_status_code, d.last_error,
                                   null
                            from webhook_delivery d where d.id = ? and d.last_attempt_at is not null) attempt
                        order by n nulls last""")) {
            // the latest attempt is on the delivery row, the ones before it in the attempt log
            select.setLong(1, delivery);
            select.setLong(2, delivery);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    attempts.add(new DeliveryView.AttemptView(rows.getTimestamp(1).toInstant(), rows.getLong(2),
                            (Integer) rows.getObject(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DeliveryView(found.id(), found.messageId(), found.eventType(), found.subject(),
                found.subscriptionId(), found.status(), found.attempts(), found.nextAttemptAt(), found.lastStatusCode(),
                found.lastError(), found.createdAt(), found.finishedAt(), attempts);
    }

    /** Sends the message again now, with a fresh retry schedule; the attempts so far stay in the log. */
    @Transactional
    public DeliveryView redeliver(UUID subscription, long delivery) {
        one(subscription, delivery);
        update("""
                update webhook_delivery set status = 'PENDING', schedule_step = 0, next_attempt_at = now(),
                    finished_at = null, ready = false, leased_by = null where id = ?""", delivery);
        readyWaiting(subscription); // the same rule as for every queued message: first of its stream goes
        queue.wakeAfterCommit();
        return one(subscription, delivery);
    }

    /**
     * Queues again every message since {@code since} that the subscription's filters take, also
     * those sent before (same webhook-id, so a receiver can tell) and those from before the
     * subscription existed; the number queued.
     */
    @Transactional
    public int replay(UUID subscription, Instant since) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into webhook_delivery (message_id, subscription_id, subject, status, ready)
                        select m.id, s.id, m.subject, 'PENDING', false
                        from webhook_subscription s join webhook_message m on m.occurred_at >= ?
                            and m.event_type <> ? and %s
                        where s.id = ?
                        order by m.occurred_at, m.id
                        on conflict (message_id, subscription_id) do update set status = 'PENDING', schedule_step = 0,
                            next_attempt_at = now(), finished_at = null, ready = false, leased_by = null"""
                        .formatted(DeliveryQueue.FILTERS_TAKE_MESSAGE))) {
            insert.setTimestamp(1, Timestamp.from(since));
            insert.setString(2, WebhookBodies.PING_TYPE);
            insert.setObject(3, subscription);
            int queued = insert.executeUpdate();
            if (queued > 0) {
                readyWaiting(subscription); // each organization's oldest replayed message goes first
                queue.wakeAfterCommit();
            }
            return queued;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readyWaiting(UUID subscription) {
        try {
            queue.readyWaiting(subscription);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeliveryView one(UUID subscription, long delivery) {
        List<DeliveryView> found = query("select " + COLUMNS
                + " from webhook_delivery d join webhook_message m on m.id = d.message_id"
                + " where d.subscription_id = ? and d.id = ?", statement -> {
                    statement.setObject(1, subscription);
                    statement.setLong(2, delivery);
                });
        if (found.isEmpty()) {
            throw ProblemException.notFound("delivery of this subscription", Long.toString(delivery));
        }
        return found.get(0);
    }

    private void update(String sql, long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DeliveryView> query(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            binder.bind(select);
            List<DeliveryView> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String status = rows.getString(6);
                    result.add(new DeliveryView(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getObject(5, UUID.class), status, rows.getInt(7),
                            "PENDING".equals(status) ? instant(rows, 8) : null,
                            (Integer) rows.getObject(9), rows.getString(10), instant(rows, 11), instant(rows, 12), null));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
