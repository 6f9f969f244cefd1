package org.ungis.infrastructure;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of a local run ({@code ./ungis up}): a persistent PostgreSQL with one
 * database per service and a persistent Kafka broker, until this process is stopped.
 *
 * <pre>
 * java LocalInfrastructure --data .ungis/data --postgres-port 5432 --kafka-port 9092 \
 *      --kafka-controller-port 9093 --databases membership,resolutions,events
 * </pre>
 *
 * With {@code --postgres-url jdbc:postgresql://host:5432/postgres} (and {@code --postgres-user},
 * {@code --postgres-password}) no PostgreSQL is started: the databases are created on that server.
 */
public final class LocalInfrastructure {
    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = parse(args);
        Path data = Paths.get(options.getOrDefault("data", ".ungis/data")).toAbsolutePath();
        String externalUrl = options.get("postgres-url");
        List<String> databases = java.util.Arrays.stream(options.getOrDefault("databases", "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();

        PostgresServer postgres = null;
        if (externalUrl == null) {
            postgres = PostgresServer.startPersistent(data.resolve("postgres"),
                    Integer.parseInt(options.getOrDefault("postgres-port", "5432")));
            databases.forEach(postgres::ensureDatabase);
            System.out.println("postgres ready on 127.0.0.1:" + postgres.port());
        } else {
            for (String database : databases) {
                Databases.ensure(externalUrl, options.getOrDefault("postgres-user", "postgres"),
                        options.getOrDefault("postgres-password", ""), database);
            }
            System.out.println("postgres (external) ready at " + externalUrl);
        }
        KafkaBroker kafka = KafkaBroker.startPersistent(data.resolve("kafka"),
                Integer.parseInt(options.getOrDefault("kafka-port", "9092")),
                Integer.parseInt(options.getOrDefault("kafka-controller-port", "9093")));
        System.out.println("kafka ready on " + kafka.bootstrapServers());
        System.out.println("READY");
        System.out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        PostgresServer runningPostgres = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable closeable : runningPostgres == null ? List.<AutoCloseable>of(kafka)
                    : List.<AutoCloseable>of(kafka, runningPostgres)) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("stopping " + closeable + ": " + e);
                }
            }
            stopped.countDown();
        }, "local-infrastructure-stop"));
        stopped.await();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(key, args[++i]);
            } else {
                options.put(key, "true");
            }
        }
        return options;
    }
}
