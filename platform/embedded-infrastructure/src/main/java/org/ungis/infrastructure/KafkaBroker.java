package org.ungis.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ungis.infrastructure.kafka.BrokerMain;

/**
 * A real Apache Kafka broker (KRaft, one node acting as broker and controller) in a child JVM,
 * launched from the jars Maven copied to {@code platform/kafka-broker/target/lib}. Running it out
 * of process keeps the broker's jars off the services' classpath.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final String READY_LINE = "Kafka Server started";

    private final Process process;
    private final int port;
    private final Path logDirectory;
    private final boolean ephemeral;

    private KafkaBroker(Process process, int port, Path logDirectory, boolean ephemeral) {
        this.process = process;
        this.port = port;
        this.logDirectory = logDirectory;
        this.ephemeral = ephemeral;
    }

    /** A throwaway broker on free ports; stopped and deleted when this JVM exits, however it exits. */
    public static KafkaBroker startEphemeral() {
        try {
            Path dir = Files.createTempDirectory("ungis-kafka-");
            OrphanReaper.watch("", List.of(dir));
            return start(dir, FreePorts.pick(), FreePorts.pick(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose logs live in {@code directory} and survive restarts. */
    public static KafkaBroker startPersistent(Path directory, int port, int controllerPort) {
        return start(directory, port, controllerPort, false);
    }

    private static KafkaBroker start(Path directory, int port, int controllerPort, boolean ephemeral) {
        try {
            Files.createDirectories(directory);
            Path data = directory.resolve("data");
            Path config = directory.resolve("server.properties");
            Files.writeString(config, serverProperties(data, port, controllerPort));
            Path clusterIdFile = directory.resolve("cluster.id");
            if (!Files.exists(clusterIdFile)) {
                Files.writeString(clusterIdFile, newClusterId());
            }
            String clusterId = Files.readString(clusterIdFile).trim();
            Path output = directory.resolve("broker.log");

            Process format = java("kafka.tools.StorageTool", output, "format", "-c", config.toString(),
                    // "--cluster-id=": a URL-safe base64 id may start with '-', which as a separate
                    // argument the tool would read as an option
                    "--cluster-id=" + clusterId, "--ignore-formatted").start();
            format.getOutputStream().close();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed:\n" + tail(output));
            }

            Process broker = java(BrokerMain.class.getName(), output, config.toString()).start();
            KafkaBroker started = new KafkaBroker(broker, port, directory, ephemeral);
            started.awaitReady(output, Duration.ofSeconds(90));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        }
    }

    private void awaitReady(Path output, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + ":\n" + tail(output));
            }
            if (Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).contains(READY_LINE)) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("Kafka did not start within " + timeout + ":\n" + tail(output));
    }

    /** The end of the broker's output, for error messages: its folder may be gone by the time one looks. */
    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (ephemeral) {
            Folders.deleteQuietly(logDirectory);
        }
    }

    private static ProcessBuilder java(String mainClass, Path output, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-cp", classpath()));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    }

    private static String classpath() {
        Path lib = brokerLibraries();
        try {
            String self = Paths.get(BrokerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            return lib + File.separator + "*" + File.pathSeparator + self;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the broker's jars are: the {@code ungis.kafka-broker.lib} system property (set by the
     * build), the {@code UNGIS_KAFKA_BROKER_LIB} environment variable, or the build output found
     * from the working directory upwards.
     */
    static Path brokerLibraries() {
        String configured = System.getProperty("ungis.kafka-broker.lib", System.getenv("UNGIS_KAFKA_BROKER_LIB"));
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("platform/kafka-broker/target/lib");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Kafka broker jars not found: build platform/kafka-broker first "
                + "(./mvnw -pl platform/kafka-broker package) or set UNGIS_KAFKA_BROKER_LIB");
    }

    private static String newClusterId() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String serverProperties(Path data, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=-1",
                "");
    }
}
