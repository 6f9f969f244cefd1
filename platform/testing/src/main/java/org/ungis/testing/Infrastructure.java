package org.ungis.testing;

/**
 * What tests need of the outside world: a PostgreSQL server and a Kafka broker. Backed by
 * Testcontainers where a Docker engine is reachable, by embedded processes otherwise; tests never
 * know which.
 */
public interface Infrastructure {

    /** Creates the database when missing and returns its JDBC URL. */
    String database(String name);

    String databaseUser();

    String databasePassword();

    String kafkaBootstrapServers();
}
