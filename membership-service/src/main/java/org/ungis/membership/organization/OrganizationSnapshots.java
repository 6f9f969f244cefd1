package org.ungis.membership.organization;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.changeevents.membership.OrganizationState;
import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read side of organizations: each organization's latest state as its last change recorded
 * it (organization_history at the organization's version, written in the change's transaction),
 * read with one SQL query per request instead of loading the aggregate and its collections.
 */
@ApplicationScoped
public class OrganizationSnapshots {
    private static final String LATEST = """
            select o.id, o.updated_at, h.state
            from organization o
            join organization_history h on h.organization_id = o.id and h.version = o.version
            """;

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    public OrganizationSnapshots(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    /** By id, acronym, or alias (a former acronym or name). */
    public Optional<OrganizationState> byKey(String key) {
        String value = key.strip();
        Optional<UUID> id = parseId(value);
        return id.isPresent()
                ? first(query(LATEST + "where o.id = ?", List.of(id.get()), 1))
                : first(query(LATEST + "where o.id = " + OrganizationRepository.ID_BY_NAME, List.of(value, value), 1));
    }

    /** A page of organizations matching {@code filter}, ordered by (updatedAt, id). */
    public Page<OrganizationState> page(OrganizationFilter filter, ListQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.asOf().isPresent() || filter.status().isPresent()) {
            LocalDate day = filter.asOf().orElse(LocalDate.now());
            conditions.add("o.id in (select p.organization_id from participation p where (p.since is null or p.since <= ?)"
                    + " and (p.until is null or p.until > ?)" + (filter.status().isPresent() ? " and p.status = ?" : "") + ")");
            params.add(day);
            params.add(day);
            filter.status().ifPresent(status -> params.add(status.name()));
        }
        filter.classification().ifPresent(classification -> {
            conditions.add("o.classification = ?");
            params.add(classification.name());
        });
        filter.text().ifPresent(text -> {
            String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add("(lower(o.acronym) like ? or lower(o.name) like ? or o.id in "
                    + "(select a.organization_id from organization_alias a where lower(a.value) like ?))");
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        });
        filter.ids().ifPresent(ids -> {
            conditions.add("o.id = any(?)");
            params.add(ids.toArray(UUID[]::new));
        });
        query.updatedSince().ifPresent(since -> {
            conditions.add("o.updated_at >= ?");
            params.add(Timestamp.from(since));
        });
        query.after().ifPresent(cursor -> {
            conditions.add("(o.updated_at, o.id) > (?, ?)");
            params.add(Timestamp.from(cursor.updatedAt()));
            params.add(cursor.id());
        });
        int limit = query.limit();
        String sql = LATEST + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions))
                + " order by o.updated_at, o.id limit ?";
        List<Row> rows = query(sql, params, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows.stream().map(Row::state).toList(), null);
        }
        Row last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit).stream().map(Row::state).toList(),
                new Cursor(last.updatedAt(), last.id()).encode());
    }

    private List<Row> query(String sql, List<Object> params, int limit) {
        boolean limited = sql.endsWith("limit ?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object param : params) {
                if (param instanceof UUID[] ids) {
                    statement.setArray(index++, connection.createArrayOf("uuid", ids));
                } else {
                    statement.setObject(index++, param);
                }
            }
            if (limited) {
                statement.setInt(index, limit);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getTimestamp(2).toInstant(),
                            objectMapper.readValue(result.getString(3), OrganizationState.class)));
                }
            }
            return rows;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read organizations", e);
        }
    }

    private static Optional<OrganizationState> first(List<Row> rows) {
        return rows.stream().findFirst().map(Row::state);
    }

    private static Optional<UUID> parseId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private record Row(UUID id, Instant updatedAt, OrganizationState state) {
    }
}
