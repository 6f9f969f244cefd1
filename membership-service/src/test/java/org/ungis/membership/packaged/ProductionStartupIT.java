package org.ungis.membership.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;
import org.ungis.testing.Infrastructure;
import org.ungis.testing.SharedInfrastructure;

/**
 * The packaged service in the prod profile, as an operator starts it: it refuses to start without
 * a key to verify tokens with, and starts healthy with one.
 */
class ProductionStartupIT {
    private static final Path JAR = Paths.get("target/quarkus-app/quarkus-run.jar");
    private static final Path DEV_PUBLIC_KEY = Paths.get("../platform/runtime/src/main/resources/dev-keys/jwt-public.pem");

    @Test
    void refusesToStartWithoutAVerificationKey() throws Exception {
        Path log = Files.createTempFile("membership-prod", ".log");
        Process service = start(environment(freePort()), log);
        try {
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service exits").isTrue();
            assertThat(service.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("No JWT verification key is configured");
        } finally {
            service.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void startsHealthyWithAVerificationKey() throws Exception {
        int port = freePort();
        Map<String, String> environment = environment(port);
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DEV_PUBLIC_KEY.toAbsolutePath().toString());
        Path log = Files.createTempFile("membership-prod", ".log");
        Process service = start(environment, log);
        try {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && service.isAlive() && status != 200) {
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as("readiness, log:%n%s", Files.readString(log)).isEqualTo(200);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    private static Map<String, String> environment(int port) {
        Infrastructure infrastructure = SharedInfrastructure.get();
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(port));
        environment.put("DATABASE_URL", infrastructure.database("membership_prod_startup"));
        environment.put("DATABASE_USER", infrastructure.databaseUser());
        environment.put("DATABASE_PASSWORD", infrastructure.databasePassword());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        return environment;
    }

    private static Process start(Map<String, String> environment, Path log) throws IOException {
        assertThat(JAR).as("packaged application").exists();
        ProcessBuilder builder = new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
