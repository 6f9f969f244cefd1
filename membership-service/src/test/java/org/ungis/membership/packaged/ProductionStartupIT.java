package org.ungis.membership.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PackagedService;

/**
 * The packaged service in the prod profile, as an operator starts it: it refuses to start without
 * a key to verify tokens with or a key to encrypt webhook secrets with, and starts healthy with both.
 */
class ProductionStartupIT {
    private static final Path JAR = PackagedService.jar(Path.of(""));
    private static final String WEBHOOK_KEY = "dW5naXMtcHJvZHVjdGlvbi1zdGFydHVwLXRlc3Qta3k="; // 32 bytes

    @Test
    void refusesToStartWithoutAVerificationKey() throws Exception {
        Map<String, String> environment = PackagedService.environment(PackagedService.freePort(), "membership_prod_startup");
        environment.put("WEBHOOK_SECRET_KEY", WEBHOOK_KEY);
        assertRefusesToStart(environment, "No JWT verification key is configured");
    }

    @Test
    void refusesToStartWithoutAWebhookSecretKey() throws Exception {
        Map<String, String> environment = PackagedService.environment(PackagedService.freePort(), "membership_prod_startup");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedService.devPublicKey().toString());
        assertRefusesToStart(environment, "No webhook secret key is configured");
    }

    @Test
    void startsHealthyWithBothKeys() throws Exception {
        int port = PackagedService.freePort();
        Map<String, String> environment = PackagedService.environment(port, "membership_prod_startup");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedService.devPublicKey().toString());
        environment.put("WEBHOOK_SECRET_KEY", WEBHOOK_KEY);
        Path log = Files.createTempFile("membership-prod", ".log");
        Process service = PackagedService.start(JAR, environment, log);
        try {
            assertThat(PackagedService.awaitReady(service, port, Duration.ofSeconds(90)))
                    .as("readiness, log:%n%s", PackagedService.log(log)).isEqualTo(200);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    private static void assertRefusesToStart(Map<String, String> environment, String reason) throws Exception {
        Path log = Files.createTempFile("membership-prod", ".log");
        Process service = PackagedService.start(JAR, environment, log);
        try {
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service exits").isTrue();
            assertThat(service.exitValue()).isNotZero();
            assertThat(PackagedService.log(log)).contains(reason);
        } finally {
            service.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
