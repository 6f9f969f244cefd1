package org.ungis.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating the per-service databases on any PostgreSQL server, embedded or not. */
public final class Databases {
    private Databases() {
    }

    /**
     * Creates {@code name} on the server behind {@code adminUrl} (a JDBC URL of any database
     * there) when it is missing, and returns the JDBC URL of {@code name}.
     */
    public static String ensure(String adminUrl, String user, String password, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + name + " on " + adminUrl, e);
        }
        return withDatabase(adminUrl, name);
    }

    /** The same server and parameters, another database. */
    static String withDatabase(String jdbcUrl, String name) {
        String prefix = "jdbc:postgresql://";
        int slash = jdbcUrl.indexOf('/', prefix.length());
        int query = jdbcUrl.indexOf('?');
        String server = slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : jdbcUrl.substring(0, slash);
        return server + "/" + name + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
