package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ungis.e2e.Gateway.PATIENCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ungis.testing.WebhookReceiver;
import org.ungis.testing.WebhookReceiver.Received;
import org.ungis.testing.WebhookSignatures;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Drill: a partner's webhook endpoint is down while organizations are admitted. Pass: each
 * delivery is attempted and retried (attempts recorded, still pending) while it is down; once the
 * endpoint is back on the same URL every message arrives, signed, one successful delivery per
 * message, and the delivery log shows them delivered.
 */
class WebhookOutageDrillTest {
    private static final String ADMITTED = "org.ungis.membership.organization.admitted";
    private static final String PATH = "/outage";

    @Test
    void deliveriesMissedWhileTheReceiverIsDownArriveOnceItIsBack() {
        String partner = Gateway.createOrganization(Gateway.uniqueAcronym("W"));
        WebhookReceiver receiver = WebhookReceiver.start();
        int port = receiver.port();
        ExtractableResponse<Response> subscribed = Gateway.partner(partner)
                .body(Map.of("url", receiver.url(PATH), "eventTypes", List.of(ADMITTED), "description", "outage drill"))
                .when().post("/api/membership/webhook-subscriptions").then().statusCode(201).extract();
        String subscription = subscribed.path("subscription.id");
        String secret = subscribed.path("secret");
        receiver.close(); // the endpoint is down: connections are refused

        List<String> admitted = new ArrayList<>();
        WebhookReceiver back = null;
        try {
            for (int i = 0; i < 3; i++) {
                String id = Gateway.createOrganization(Gateway.uniqueAcronym("W"));
                Gateway.secretariat().body(Map.of("status", "MEMBER")).when()
                        .post("/api/membership/organizations/" + id + "/admission").then().statusCode(200);
                admitted.add(id);
            }
            await("every delivery failed and is retried").atMost(PATIENCE).until(() -> {
                List<Map<String, Object>> pending = deliveries(partner, subscription, admitted);
                return pending.size() == admitted.size() && pending.stream().allMatch(delivery ->
                        "PENDING".equals(delivery.get("status")) && ((Integer) delivery.get("attempts")) >= 2);
            });

            back = WebhookReceiver.start(port); // the same URL
            WebhookReceiver endpoint = back;
            await("every message arrives").atMost(PATIENCE).until(() -> about(endpoint, admitted).size() >= admitted.size());
            await("the log shows them delivered").atMost(PATIENCE).until(() -> deliveries(partner, subscription, admitted)
                    .stream().filter(delivery -> "DELIVERED".equals(delivery.get("status"))).count() == admitted.size());
            List<Received> received = about(back, admitted);
            assertThat(received).as("one successful delivery per message").hasSize(admitted.size());
            assertThat(received.stream().map(Received::webhookId).distinct()).hasSize(admitted.size());
            assertThat(received).allSatisfy(request -> assertThat(WebhookSignatures.verifies(secret, request.webhookId(),
                    request.webhookTimestamp(), request.body(), request.webhookSignature())).as("signature").isTrue());
            List<Map<String, Object>> log = deliveries(partner, subscription, admitted);
            assertThat(log.stream().map(delivery -> delivery.get("messageId")))
                    .containsExactlyInAnyOrderElementsOf(received.stream().map(Received::webhookId).toList());
            assertThat(log).allSatisfy(delivery -> assertThat((Integer) delivery.get("attempts")).isGreaterThanOrEqualTo(3));
        } finally {
            if (back != null) {
                back.close();
            }
            Gateway.partner(partner).when().delete("/api/membership/webhook-subscriptions/" + subscription)
                    .then().statusCode(204);
        }
    }

    /** The subscription's deliveries about the organizations. */
    private static List<Map<String, Object>> deliveries(String partner, String subscription, List<String> organizations) {
        JsonPath log = Gateway.partner(partner).queryParam("limit", 500)
                .when().get("/api/membership/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = log.getList("$");
        return all.stream().filter(delivery -> organizations.contains(delivery.get("subject"))).toList();
    }

    private static List<Received> about(WebhookReceiver receiver, List<String> organizations) {
        return receiver.received(PATH).stream()
                .filter(request -> organizations.stream().anyMatch(request.body()::contains)).toList();
    }
}
