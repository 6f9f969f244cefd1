package org.ungis.testing;

import org.ungis.infrastructure.KafkaBroker;
import org.ungis.infrastructure.PostgresServer;

/** A real PostgreSQL and a real Kafka broker as local processes, no Docker needed. */
final class EmbeddedInfrastructure implements Infrastructure {
    private final Database database;
    private final KafkaBroker kafka;

    EmbeddedInfrastructure(Database database, KafkaBroker kafka) {
        this.database = database;
        this.kafka = kafka;
    }

    static EmbeddedInfrastructure start() {
        Database database = ExternalPostgres.fromEnvironment()
                .<Database>map(external -> external)
                .orElseGet(() -> new EmbeddedDatabase(PostgresServer.startEphemeral()));
        KafkaBroker kafka = KafkaBroker.startEphemeral();
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(database, kafka);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "test-infrastructure-stop"));
        return infrastructure;
    }

    private void stop() {
        kafka.close();
        database.close();
    }

    @Override
    public String database(String name) {
        return database.database(name);
    }

    @Override
    public String databaseUser() {
        return database.user();
    }

    @Override
    public String databasePassword() {
        return database.password();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    interface Database extends AutoCloseable {
        String database(String name);

        String user();

        String password();

        @Override
        void close();
    }

    private record EmbeddedDatabase(PostgresServer server) implements Database {
        @Override
        public String database(String name) {
            return server.ensureDatabase(name);
        }

        @Override
        public String user() {
            return PostgresServer.USER;
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
