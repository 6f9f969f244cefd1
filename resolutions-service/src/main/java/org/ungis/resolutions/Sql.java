package org.ungis.resolutions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGStatement;

/**
 * The read side's one way to the database: a query, its parameters, a row mapper. Reads go
 * straight to SQL (one round trip each, no persistence context), writes go through the entities.
 * When a transaction is active the pool hands out its connection, so reads inside a write see it.
 */
@ApplicationScoped
public class Sql {
    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String sql, List<?> params, Rows<T> mapper) {
        return list(sql, params, mapper, false);
    }

    /**
     * As {@link #list}, but planned for the parameter values of each call, never with a generic
     * plan: for a query whose best plan depends on them (a full-text match that finds a handful
     * of rows or a third of the table). Planning each time costs about a millisecond.
     */
    public <T> List<T> listPlannedPerCall(String sql, List<?> params, Rows<T> mapper) {
        return list(sql, params, mapper, true);
    }

    private <T> List<T> list(String sql, List<?> params, Rows<T> mapper, boolean planPerCall) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (planPerCall) {
                // never a named server-side statement: PostgreSQL plans an unnamed one with its values
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            int index = 1;
            for (Object param : params) {
                bind(connection, statement, index++, param);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> first(String sql, List<?> params, Rows<T> mapper) {
        return list(sql, params, mapper).stream().findFirst();
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object param)
            throws SQLException {
        if (param instanceof UUID[] ids) {
            statement.setArray(index, connection.createArrayOf("uuid", ids));
        } else if (param instanceof String[] values) {
            statement.setArray(index, connection.createArrayOf("text", values));
        } else if (param instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else {
            statement.setObject(index, param);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** {@code text} for a SQL LIKE pattern that matches it anywhere, case folded by the caller. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
