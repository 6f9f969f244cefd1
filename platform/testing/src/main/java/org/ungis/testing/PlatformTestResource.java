package org.ungis.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service under test at the shared PostgreSQL (a database of its own per test module)
 * and Kafka broker. Use with {@code @WithTestResource(PlatformTestResource.class)}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = SharedInfrastructure.get();
        String database = System.getProperty("ungis.test.database", "ungis_test").replaceAll("[^a-z0-9_]", "_");
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.database(database),
                "quarkus.datasource.username", infrastructure.databaseUser(),
                "quarkus.datasource.password", infrastructure.databasePassword(),
                "ungis.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; SharedInfrastructure stops it at exit
    }
}
