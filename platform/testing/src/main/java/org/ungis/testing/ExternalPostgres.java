package org.ungis.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A PostgreSQL server the environment provides: {@code UNGIS_TEST_POSTGRES_URL} (a JDBC URL of any
 * database on it, e.g. {@code jdbc:postgresql://db:5432/postgres}), {@code UNGIS_TEST_POSTGRES_USER}
 * and {@code UNGIS_TEST_POSTGRES_PASSWORD}. Each test module gets a database of its own on it.
 */
record ExternalPostgres(String adminUrl, String user, String password) implements EmbeddedInfrastructure.Database {

    static Optional<ExternalPostgres> fromEnvironment() {
        String url = System.getenv("UNGIS_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ExternalPostgres(url,
                Optional.ofNullable(System.getenv("UNGIS_TEST_POSTGRES_USER")).orElse("postgres"),
                Optional.ofNullable(System.getenv("UNGIS_TEST_POSTGRES_PASSWORD")).orElse("")));
    }

    @Override
    public String database(String name) {
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
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String server = slash < 0 ? adminUrl : adminUrl.substring(0, slash);
        return server + "/" + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    @Override
    public void close() {
        // the environment owns this server
    }
}
