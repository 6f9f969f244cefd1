package org.ungis.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the drills read behind the gateway: membership-service's outbox, and what each consumer
 * of its organization events recorded (inbox, webhook message) and keeps (organization replica).
 */
final class Tables {
    /** Every consumer of the organization topic: the service whose database holds its inbox, and its name. */
    static final Map<String, String> ORGANIZATION_CONSUMERS = Map.of(
            E2ePlatform.EVENTS, "events-service.organization-replica",
            E2ePlatform.RESOLUTIONS, "resolutions-service.organization-replica",
            E2ePlatform.MEMBERSHIP, "membership-service.webhook-messages");

    private Tables() {
    }

    /** One outbox row: the CloudEvent id it is published under, and whether the broker acknowledged it. */
    record OutboxRow(String eventId, String type, String aggregateId, long version, boolean published) {
    }

    /** One inbox row of a consumer. */
    record InboxRow(String consumer, String eventId, String outcome) {
    }

    static List<OutboxRow> outbox(String aggregateId) {
        return query(E2ePlatform.MEMBERSHIP, """
                select id, event_type, aggregate_id, aggregate_version, published_at is not null as published
                from outbox_message where aggregate_id = ? order by position""", aggregateId,
                row -> new OutboxRow(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getBoolean(5)));
    }

    /**
     * What the consumer recorded of {@code eventId}: one row once applied, never more. The replica
     * consumers' inbox row; for the webhooks, which membership-service queues from its outbox
     * relay and keeps no inbox for, the webhook message keyed by the event id (shown as applied).
     */
    static List<InboxRow> inbox(String module, String eventId) {
        String sql = E2ePlatform.MEMBERSHIP.equals(module)
                ? "select ?, id, 'APPLIED' from webhook_message where id = ?"
                : "select consumer, event_id, outcome from inbox_processed_event where consumer = ? and event_id = ?";
        return query(module, sql, List.of(ORGANIZATION_CONSUMERS.get(module), eventId),
                row -> new InboxRow(row.getString(1), row.getString(2), row.getString(3)));
    }

    /** Whether every consumer of the organization topic recorded {@code eventId} once, as applied. */
    static boolean appliedOnceByEveryConsumer(String eventId) {
        return ORGANIZATION_CONSUMERS.keySet().stream().allMatch(module -> {
            List<InboxRow> rows = inbox(module, eventId);
            return rows.size() == 1 && "APPLIED".equals(rows.get(0).outcome());
        });
    }

    /** The organization's version in {@code module}'s replica; -1 when the replica does not have it. */
    static long replicaVersion(String module, String organizationId) {
        List<Long> versions = query(module, "select version from organization_replica where id = ?",
                UUID.fromString(organizationId), row -> row.getLong(1));
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    /** Every row of an organization replica, ordered, as one comparable list. */
    static List<String> replicaRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, acronym, name, version from organization_replica order by id");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|" + result.getLong(4));
            }
        }
        return rows;
    }

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(String module, String sql, Object parameter, Row<T> reader) {
        return query(module, sql, List.of(parameter), reader);
    }

    private static <T> List<T> query(String module, String sql, List<?> parameters, Row<T> reader) {
        try (Connection connection = E2ePlatform.get().connect(module);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
