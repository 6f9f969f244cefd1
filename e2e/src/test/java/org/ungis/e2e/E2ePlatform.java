package org.ungis.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ungis.infrastructure.KafkaBroker;
import org.ungis.infrastructure.PostgresServer;
import org.ungis.testing.PackagedPlatform;
import org.ungis.testing.PackagedService;

/**
 * The whole platform as an operator runs it, once per test JVM: a PostgreSQL server with a
 * database per service, a Kafka broker of its own (persistent, on a fixed port and folder, so a
 * drill can stop it and start it again on the same address), the three packaged services and the
 * packaged gateway, each its own JVM. Tests talk to the gateway only; drills reach behind it to
 * stop, kill and restart processes and to read the services' outbox and inbox tables.
 */
final class E2ePlatform {
    static final String MEMBERSHIP = PackagedPlatform.MEMBERSHIP;
    static final String RESOLUTIONS = PackagedPlatform.RESOLUTIONS;
    static final String EVENTS = PackagedPlatform.EVENTS;
    static final String GATEWAY = PackagedPlatform.GATEWAY;

    /**
     * membership-service as the drills need it: loopback http receivers allowed, and a short retry
     * schedule (about 25 s in all) so a receiver that is away for a while still gets every message.
     */
    private static final Map<String, String> MEMBERSHIP_SETTINGS = Map.of(
            "WEBHOOK_REQUIRE_HTTPS", "false",
            "WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8",
            "UNGIS_WEBHOOKS_RETRY_SCHEDULE", "1s,1s,2s,2s,2s,2s,2s,2s,2s,2s,2s,2s",
            "UNGIS_WEBHOOKS_RETRY_JITTER", "0",
            "UNGIS_WEBHOOKS_CONNECT_TIMEOUT", "1s",
            "UNGIS_WEBHOOKS_TIMEOUT", "3s");

    private static E2ePlatform instance;

    private final PostgresServer postgres;
    private final Path kafkaDirectory;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private KafkaBroker kafka;
    private final Map<String, PackagedService> processes;

    private E2ePlatform() {
        postgres = PostgresServer.startEphemeral();
        try {
            kafkaDirectory = Files.createTempDirectory("ungis-e2e-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafkaPort = PackagedService.freePort();
        kafkaControllerPort = PackagedService.freePort();
        kafka = KafkaBroker.startPersistent(kafkaDirectory, kafkaPort, kafkaControllerPort);
        processes = new HashMap<>(PackagedPlatform.startAll(PackagedPlatform.SERVICES, this::environment));
        Map<String, String> gateway = new HashMap<>();
        gateway.put("PORT", Integer.toString(PackagedService.freePort()));
        gateway.put("MEMBERSHIP_URL", processes.get(MEMBERSHIP).url());
        gateway.put("RESOLUTIONS_URL", processes.get(RESOLUTIONS).url());
        gateway.put("EVENTS_URL", processes.get(EVENTS).url());
        gateway.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        processes.put(GATEWAY, PackagedPlatform.start(GATEWAY, gateway));
    }

    /** The running platform, started on first use and stopped when the JVM exits. */
    static synchronized E2ePlatform get() {
        if (instance == null) {
            instance = new E2ePlatform();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "e2e-platform-stop"));
        }
        return instance;
    }

    /** A service's environment: its port, its own database, the platform's broker, its settings. */
    Map<String, String> environment(String module) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(PackagedService.freePort()));
        environment.put("DATABASE_URL", postgres.ensureDatabase(database(module)));
        environment.put("DATABASE_USER", PostgresServer.USER);
        environment.put("DATABASE_PASSWORD", "");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("KAFKA_INSTANCE_ID", "e2e"); // one instance per service, as ./ungis runs them
        if (MEMBERSHIP.equals(module)) {
            environment.putAll(MEMBERSHIP_SETTINGS);
        }
        return environment;
    }

    private static String database(String module) {
        return module.replace("-service", "");
    }

    String gatewayUrl() {
        return processes.get(GATEWAY).url();
    }

    PackagedService process(String module) {
        return processes.get(module);
    }

    /** Launches a stopped or killed process again with its usual settings and waits until it is ready. */
    void restart(String module) {
        PackagedService process = processes.get(module);
        process.launch();
        process.awaitReady();
    }

    /** A database of its own on the platform's server, e.g. for a replica rebuilt from the topics. */
    String freshDatabase(String name) {
        return postgres.ensureDatabase(name);
    }

    /** A connection to a service's database, for the drills' checks of outbox and inbox. */
    Connection connect(String module) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database(module)), PostgresServer.USER, "");
    }

    Connection connectTo(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "");
    }

    /** Stops the broker (SIGTERM, a clean shutdown); its data stays for {@link #startBroker()}. */
    synchronized void stopBroker() {
        kafka.close();
    }

    /** Starts the broker again on the same address and folder, with everything it had. */
    synchronized void startBroker() {
        kafka = KafkaBroker.startPersistent(kafkaDirectory, kafkaPort, kafkaControllerPort);
    }

    private void stop() {
        Stream.of(GATEWAY, MEMBERSHIP, RESOLUTIONS, EVENTS).map(processes::get).forEach(PackagedService::close);
        kafka.close();
        postgres.close();
        try (Stream<Path> files = Files.walk(kafkaDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    static List<String> services() {
        return PackagedPlatform.SERVICES;
    }
}
