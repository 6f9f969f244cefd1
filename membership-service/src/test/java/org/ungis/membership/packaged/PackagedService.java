package org.ungis.membership.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import org.ungis.testing.Infrastructure;
import org.ungis.testing.SharedInfrastructure;

/** The packaged membership-service as an operator runs it: its own JVM, the prod profile, configured by environment. */
final class PackagedService {
    static final Path JAR = Paths.get("target/quarkus-app/quarkus-run.jar");
    static final Path DEV_PUBLIC_KEY = Paths.get("../platform/runtime/src/main/resources/dev-keys/jwt-public.pem");

    private PackagedService() {
    }

    /** Port, database and broker for a service of its own; no verification or webhook key. */
    static Map<String, String> environment(int port, String database) {
        Infrastructure infrastructure = SharedInfrastructure.get();
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(port));
        environment.put("DATABASE_URL", infrastructure.database(database));
        environment.put("DATABASE_USER", infrastructure.databaseUser());
        environment.put("DATABASE_PASSWORD", infrastructure.databasePassword());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        return environment;
    }

    static Process start(Map<String, String> environment, Path log) throws IOException {
        assertThat(JAR).as("packaged application").exists();
        ProcessBuilder builder = new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("MP_JWT_") || name.startsWith("WEBHOOK_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The readiness status once it answers 200 or the process ends (0 when it never answered). */
    static int awaitReady(Process service, int port, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && service.isAlive() && status != 200) {
            try {
                status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        return status;
    }

    static String log(Path log) throws IOException {
        return Files.readString(log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
