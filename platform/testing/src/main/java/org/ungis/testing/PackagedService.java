package org.ungis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code target/quarkus-app/quarkus-run.jar}) as an operator runs it: its own
 * JVM, the prod profile, configured by environment, pointed at the shared test PostgreSQL (a
 * database of its own) and Kafka broker. The static helpers serve tests that drive the process
 * themselves; {@link #start(Path, Map)} gives a handle that restarts and stops it.
 */
public final class PackagedService implements AutoCloseable {
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    private PackagedService(Path jar, Map<String, String> environment, Path log) {
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.port = Integer.parseInt(environment.get("PORT"));
        this.log = log;
    }

    /** The packaged jar of the module at {@code moduleDirectory} (e.g. {@code ../membership-service}). */
    public static Path jar(Path moduleDirectory) {
        return moduleDirectory.resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The development public key every service verifies the dev tokens with, found from the working directory up. */
    public static Path devPublicKey() {
        Path relative = Paths.get("platform/runtime/src/main/resources/dev-keys/jwt-public.pem");
        for (Path directory = Paths.get("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve(relative))) {
                return directory.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Paths.get("").toAbsolutePath());
    }

    /** Port, database and broker for a service of its own; no verification or webhook key. */
    public static Map<String, String> environment(int port, String database) {
        Infrastructure infrastructure = SharedInfrastructure.get();
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(port));
        environment.put("DATABASE_URL", infrastructure.database(database));
        environment.put("DATABASE_USER", infrastructure.databaseUser());
        environment.put("DATABASE_PASSWORD", infrastructure.databasePassword());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        return environment;
    }

    /** Starts {@code jar}; its output is appended to {@code log}. Keys are only those given in {@code environment}. */
    public static Process start(Path jar, Map<String, String> environment, Path log) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged application at " + jar.toAbsolutePath()
                    + "; package the module first (mvn verify builds it before the tests that need it)");
        }
        ProcessBuilder builder = new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("MP_JWT_") || name.startsWith("WEBHOOK_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The readiness status once it answers 200 or the process ends (0 when it never answered). */
    public static int awaitReady(Process service, int port, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && service.isAlive() && status != 200) {
            try {
                status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        return status;
    }

    public static String log(Path log) throws IOException {
        return Files.readString(log);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the jar with {@code environment} (which names the PORT) and waits until it is ready. */
    public static PackagedService start(Path jar, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile(jar.toAbsolutePath().getParent().getParent().getParent().getFileName() + "-", ".log");
            PackagedService service = new PackagedService(jar, environment, log);
            service.launch();
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Another instance of the same jar, started and ready, with {@code overrides} on top of this
     * one's environment (a different port, a tuning knob); its output goes to a log of its own.
     */
    public PackagedService variant(Map<String, String> overrides) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.putAll(overrides);
        return start(jar, changed);
    }

    /** Launches without waiting; {@link #awaitReady()} waits. */
    public void launch() {
        try {
            process = start(jar, environment, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void awaitReady() {
        try {
            int status = awaitReady(process, port, Duration.ofSeconds(120));
            if (status != 200) {
                throw new IllegalStateException(jar + " did not get ready (status " + status + "), log:\n" + log(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the process (SIGTERM, then SIGKILL after 20 s); {@link #launch()} starts it again. */
    public void stop() {
        end(false);
    }

    /** Kills the process outright (SIGKILL): no shutdown hooks, nothing flushed; {@link #launch()} starts it again. */
    public void kill() {
        end(true);
    }

    private void end(boolean outright) {
        if (process == null) {
            return;
        }
        if (!outright) {
            process.destroy();
        }
        try {
            if (outright || !process.waitFor(20, TimeUnit.SECONDS)) {
                if (!process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(jar + " did not die within 30 s of SIGKILL");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** What the process has written so far (all its runs), for failure messages. */
    public String log() {
        try {
            return log(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
