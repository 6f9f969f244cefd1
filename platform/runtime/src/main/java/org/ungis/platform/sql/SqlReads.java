package org.ungis.platform.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Read models as plain SQL: one statement, its parameters bound in order (a {@code UUID[]} as a
 * uuid array, for {@code = any(?)}), each row mapped. For hot lists where loading aggregates
 * would cost several queries per request.
 */
public final class SqlReads {
    private SqlReads() {
    }

    /** Maps the current row; may parse JSON the query built. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException, IOException;
    }

    public static <T> List<T> list(DataSource dataSource, String sql, List<Object> params, RowMapper<T> mapper) {
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
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read: " + e.getMessage(), e);
        }
    }
}
