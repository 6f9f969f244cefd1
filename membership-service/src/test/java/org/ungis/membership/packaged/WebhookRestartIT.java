package org.ungis.membership.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PackagedService;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.WebhookReceiver;
import org.ungis.testing.WebhookReceiver.Answer;
import org.ungis.testing.WebhookReceiver.Received;
import org.ungis.testing.WebhookSignatures;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A delivery survives the service being killed: in the middle of its retry schedule (the packaged
 * service fails a first attempt, dies by SIGKILL before the retry is due, and the restarted
 * service sends the retry, with the same webhook-id, once), and while it is held in memory with
 * no row yet (the restarted service fans the message out again once the hold runs out).
 */
class WebhookRestartIT {
    private static final Path JAR = PackagedService.jar(Path.of(""));
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aKilledServiceResumesTheRetryScheduleAfterRestart() throws Exception {
        int port = PackagedService.freePort();
        Map<String, String> environment = environment(port, "membership_webhook_restart");
        environment.put("UNGIS_WEBHOOKS_RETRY_SCHEDULE", "8s,8s");
        environment.put("UNGIS_WEBHOOKS_RETRY_JITTER", "0");
        Path log = Files.createTempFile("membership-webhook-restart", ".log");
        String base = "http://127.0.0.1:" + port;

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Process service = PackagedService.start(JAR, environment, log);
            try {
                assertThat(PackagedService.awaitReady(service, port, PATIENCE)).as("ready, log:%n%s", PackagedService.log(log))
                        .isEqualTo(200);
                String organization = createOrganization(base, "Restart drill organization");
                String path = "/hooks/" + UUID.randomUUID();
                receiver.script(path, organization, Answer.status(503));
                var subscribed = partner(organization).baseUri(base)
                        .body(Map.of("url", receiver.url(path), "eventTypes", List.of("org.ungis.membership.organization.admitted")))
                        .when().post("/webhook-subscriptions").then().statusCode(201).extract();
                String subscription = subscribed.path("subscription.id");
                String secret = subscribed.path("secret");

                secretariat().baseUri(base).body(Map.of("status", "MEMBER"))
                        .when().post("/organizations/" + organization + "/admission").then().statusCode(200);
                // the first attempt failed and is recorded; the retry is due 8 s later
                await().atMost(PATIENCE).until(() -> partner(organization).baseUri(base)
                        .when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                        .then().statusCode(200).extract().jsonPath().<Integer>get("[0].attempts"), value -> Integer.valueOf(1).equals(value));
                service.destroyForcibly(); // SIGKILL
                assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();

                service = PackagedService.start(JAR, environment, log);
                assertThat(PackagedService.awaitReady(service, port, PATIENCE)).isEqualTo(200);
                await().atMost(PATIENCE).until(() -> about(receiver, path, organization).size() >= 2);
                Thread.sleep(2_000); // nothing more should come
                List<Received> received = about(receiver, path, organization);
                assertThat(received).hasSize(2);
                assertThat(received.get(1).webhookId()).isEqualTo(received.get(0).webhookId());
                assertThat(WebhookSignatures.verifies(secret, received.get(1).webhookId(),
                        received.get(1).webhookTimestamp(), received.get(1).body(), received.get(1).webhookSignature())).isTrue();
                await().atMost(PATIENCE).until(() -> "DELIVERED".equals(partner(organization).baseUri(base)
                        .when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                        .then().extract().jsonPath().getString("[0].status")));
            } finally {
                service.destroy();
                service.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aMessageHeldInMemoryWhenTheServiceIsKilledIsSentAfterRestart() throws Exception {
        int port = PackagedService.freePort();
        Map<String, String> environment = environment(port, "membership_webhook_held");
        environment.put("UNGIS_WEBHOOKS_TIMEOUT", "5s"); // a message is held 35 s: the timeout and 30 s
        Path log = Files.createTempFile("membership-webhook-held", ".log");
        String base = "http://127.0.0.1:" + port;

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Process service = PackagedService.start(JAR, environment, log);
            try {
                assertThat(PackagedService.awaitReady(service, port, PATIENCE)).as("ready, log:%n%s", PackagedService.log(log))
                        .isEqualTo(200);
                String organization = createOrganization(base, "Held message drill organization");
                String path = "/hooks/" + UUID.randomUUID();
                receiver.script(path, organization, Answer.after(Duration.ofSeconds(30), 204)); // still answering when killed
                var subscribed = partner(organization).baseUri(base)
                        .body(Map.of("url", receiver.url(path), "eventTypes", List.of("org.ungis.membership.organization.admitted")))
                        .when().post("/webhook-subscriptions").then().statusCode(201).extract();
                String subscription = subscribed.path("subscription.id");
                String secret = subscribed.path("secret");

                secretariat().baseUri(base).body(Map.of("status", "MEMBER"))
                        .when().post("/organizations/" + organization + "/admission").then().statusCode(200);
                await().atMost(PATIENCE).until(() -> about(receiver, path, organization).size() >= 1);
                // sent from memory: the delivery gets its row only when the attempt ends
                assertThat(partner(organization).baseUri(base).when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                        .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
                service.destroyForcibly(); // SIGKILL with the attempt in flight
                assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();

                service = PackagedService.start(JAR, environment, log);
                assertThat(PackagedService.awaitReady(service, port, PATIENCE)).isEqualTo(200);
                // once the dead instance's hold runs out, the message is fanned out again and sent
                await().atMost(PATIENCE).until(() -> "DELIVERED".equals(partner(organization).baseUri(base)
                        .when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                        .then().extract().jsonPath().getString("[0].status")));
                List<Received> received = about(receiver, path, organization);
                assertThat(received).hasSize(2);
                assertThat(received.get(1).webhookId()).isEqualTo(received.get(0).webhookId());
                assertThat(WebhookSignatures.verifies(secret, received.get(1).webhookId(),
                        received.get(1).webhookTimestamp(), received.get(1).body(), received.get(1).webhookSignature())).isTrue();
                assertThat(partner(organization).baseUri(base).when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                        .then().extract().jsonPath().getList("$")).hasSize(1);
            } finally {
                service.destroy();
                service.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The packaged service's settings: the development key, webhooks to loopback over http. */
    private static Map<String, String> environment(int port, String database) throws Exception {
        Map<String, String> environment = PackagedService.environment(port, database);
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedService.devPublicKey().toString());
        environment.put("WEBHOOK_SECRET_KEY", "dW5naXMtd2ViaG9vay1yZXN0YXJ0LXRlc3Qta2V5LTE=");
        environment.put("WEBHOOK_REQUIRE_HTTPS", "false");
        environment.put("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8");
        return environment;
    }

    private static String createOrganization(String base, String name) {
        return secretariat().baseUri(base)
                .body(Map.of("acronym", "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(),
                        "name", name, "classification", "OTHER"))
                .when().post("/organizations").then().statusCode(201).extract().path("id");
    }

    private static List<Received> about(WebhookReceiver receiver, String path, String organization) {
        return receiver.received(path).stream().filter(request -> request.body().contains(organization)).toList();
    }

    private static RequestSpecification secretariat() {
        return given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON);
    }

    private static RequestSpecification partner(String organization) {
        return given().auth().oauth2(DevTokens.partner(organization)).contentType(ContentType.JSON);
    }
}
