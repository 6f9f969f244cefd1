package org.ungis.testing;

import java.util.Optional;

import org.ungis.infrastructure.Databases;

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
        return Databases.ensure(adminUrl, user, password, name);
    }

    @Override
    public void close() {
        // the environment owns this server
    }
}
