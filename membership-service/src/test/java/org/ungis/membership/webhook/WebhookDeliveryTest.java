package org.ungis.membership.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.membership.MembershipApi.admit;
import static org.ungis.membership.MembershipApi.createOrganization;
import static org.ungis.membership.MembershipApi.secretariat;
import static org.ungis.membership.MembershipApi.uniqueAcronym;
import static org.ungis.membership.webhook.WebhookApi.partner;
import static org.ungis.membership.webhook.WebhookApi.subscribe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;
import org.ungis.testing.WebhookReceiver;
import org.ungis.testing.WebhookReceiver.Answer;
import org.ungis.testing.WebhookReceiver.Received;
import org.ungis.testing.WebhookSignatures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Deliveries end to end: a change committed through the API, published on the real broker, read
 * back, and POSTed to a real receiver on loopback (test retry schedule: 200 ms, 400 ms, 800 ms).
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class WebhookDeliveryTest {
    private static final List<String> ALL = List.of("org.ungis.membership.*");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final WebhookReceiver RECEIVER = WebhookReceiver.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @AfterAll
    static void closeReceiver() {
        RECEIVER.close();
    }

    @Test
    void deliversASignedCloudEventForEachChangeInOrder() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);

        admit(organization, "OBSERVER", "2026-01-01").statusCode(200);
        secretariat().body(Map.of("status", "MEMBER", "on", "2026-03-01"))
                .when().post("/organizations/" + organization + "/status-changes").then().statusCode(200);

        List<Received> received = awaitReceived(path, 2, organization);
        for (Received request : received) {
            assertThat(WebhookSignatures.verifies(subscribed.secret(), request.webhookId(), request.webhookTimestamp(),
                    request.body(), request.webhookSignature())).as("signature of %s", request.webhookId()).isTrue();
            assertThat(Long.parseLong(request.webhookTimestamp())).isCloseTo(Instant.now().getEpochSecond(),
                    org.assertj.core.data.Offset.offset(60L));
            assertThat(request.host()).startsWith("127.0.0.1:");
        }
        JsonNode admitted = JSON.readTree(received.get(0).body());
        JsonNode changed = JSON.readTree(received.get(1).body());
        assertThat(admitted.get("type").asText()).isEqualTo("org.ungis.membership.organization.admitted");
        assertThat(changed.get("type").asText()).isEqualTo("org.ungis.membership.organization.status_changed");
        assertThat(admitted.get("id").asText()).isEqualTo(received.get(0).webhookId());
        assertThat(admitted.get("subject").asText()).isEqualTo(organization);
        assertThat(admitted.get("time").asText()).isNotBlank();
        assertThat(admitted.at("/data/id").asText()).isEqualTo(organization);
        assertThat(changed.at("/data/version").asLong()).isGreaterThan(admitted.at("/data/version").asLong());
        assertThat(received.get(0).webhookId()).isNotEqualTo(received.get(1).webhookId());
    }

    /** A slow but healthy endpoint gets an organization's messages one after the other, in the order of the changes. */
    @Test
    void aSlowEndpointGetsAnOrganizationsChangesInOrder() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        String acronym = given().when().get("/organizations/" + organization).then().extract().path("acronym");
        String path = path();
        int changes = 6;
        Answer[] slow = new Answer[changes];
        Arrays.fill(slow, Answer.after(Duration.ofMillis(250), 200));
        RECEIVER.script(path, organization, slow);
        subscribe(organization, RECEIVER.url(path), ALL);

        for (int i = 1; i <= changes; i++) {
            secretariat().body(Map.of("acronym", acronym, "name", "Edit " + i, "classification", "OTHER"))
                    .when().put("/organizations/" + organization).then().statusCode(200);
        }

        List<Received> received = awaitReceived(path, changes, organization);
        List<Long> versions = new ArrayList<>();
        for (Received request : received) {
            versions.add(JSON.readTree(request.body()).at("/data/version").asLong());
        }
        assertThat(versions).hasSize(changes).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void retriesFailuresWithTheSameWebhookIdUntilTheEndpointAnswers() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        RECEIVER.script(path, organization, Answer.status(500).withBody("database down"), Answer.dropConnection(),
                Answer.after(Duration.ofMillis(2500), 200), Answer.status(202));
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);

        admit(organization, "MEMBER", "2026-01-01").statusCode(200);

        List<Received> received = awaitReceived(path, 4, organization);
        assertThat(received).extracting(Received::webhookId).containsOnly(received.get(0).webhookId());
        JsonPath delivery = awaitDelivery(organization, subscribed.id(), path, "DELIVERED");
        assertThat(delivery.getInt("attempts")).isEqualTo(4);
        assertThat(delivery.getList("attemptLog.statusCode")).containsExactly(500, null, null, 202);
        assertThat(delivery.getString("attemptLog[0].error")).contains("HTTP 500").contains("database down");
        assertThat(delivery.getString("attemptLog[2].error")).contains("no answer within");
    }

    @Test
    void honoursRetryAfterOn429() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        RECEIVER.script(path, organization, Answer.status(429, Map.of("Retry-After", "2")));
        subscribe(organization, RECEIVER.url(path), ALL);

        admit(organization, "MEMBER", "2026-01-01").statusCode(200);

        List<Received> received = awaitReceived(path, 2, organization);
        // the schedule alone would have retried after 200 ms
        assertThat(Duration.between(received.get(0).at(), received.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void givesUpAfterTheScheduleAndDoesNotFollowRedirects() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        String target = path();
        Answer redirect = Answer.status(302, Map.of("Location", RECEIVER.url(target)));
        RECEIVER.script(path, organization, redirect, Answer.status(503), redirect, Answer.status(500));
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);

        admit(organization, "MEMBER", "2026-01-01").statusCode(200);

        JsonPath delivery = awaitDelivery(organization, subscribed.id(), path, "FAILED");
        assertThat(delivery.getInt("attempts")).isEqualTo(4); // the first and the three retries of the test schedule
        assertThat(delivery.getString("attemptLog[0].error")).contains("redirect");
        assertThat(about(target, organization)).isEmpty();
        assertThat(about(path, organization)).hasSize(4);
    }

    @Test
    void anEndpointThatIsGoneIsDisabledAndGetsNothingMore() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        RECEIVER.script(path, organization, Answer.status(410));
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);

        admit(organization, "OBSERVER", "2026-01-01").statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> partner(organization)
                .when().get("/webhook-subscriptions/" + subscribed.id()).then()
                .body("status", equalTo("DISABLED")).body("disabledReason", containsString("410")));

        secretariat().body(Map.of("status", "MEMBER", "on", "2026-03-01"))
                .when().post("/organizations/" + organization + "/status-changes").then().statusCode(200);
        String probe = path();
        subscribe(organization, RECEIVER.url(probe), ALL);
        secretariat().body(Map.of("on", "2026-06-30"))
                .when().post("/organizations/" + organization + "/withdrawal").then().statusCode(200);
        awaitReceived(probe, 1, organization); // a later event reached a live endpoint; the gone one got none of it
        assertThat(about(path, organization)).hasSize(1);
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        subscribe(organization, RECEIVER.url(path), ALL);
        String taken = createOrganization(uniqueAcronym());
        String takenAcronym = secretariat().when().get("/organizations/" + taken).then().extract().path("acronym");

        secretariat().body(Map.of("acronym", takenAcronym, "name", "Clash", "classification", "OTHER"))
                .when().put("/organizations/" + organization).then().statusCode(409);
        admit(organization, "MEMBER", "2026-01-01").statusCode(200);

        List<Received> received = awaitReceived(path, 1, organization);
        assertThat(received.get(0).body()).contains("org.ungis.membership.organization.admitted");
        assertThat(about(path, organization)).hasSize(1);
    }

    @Test
    void pingsRedeliversAndReplaysWithTheSameWebhookId() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);
        String base = "/webhook-subscriptions/" + subscribed.id();

        String location = partner(organization).when().post(base + "/test").then().statusCode(202)
                .extract().header("Location");
        Received ping = awaitReceived(path, 1, subscribed.id()).get(0);
        assertThat(ping.body()).contains("org.ungis.webhook.ping");
        assertThat(WebhookSignatures.verifies(subscribed.secret(), ping.webhookId(), ping.webhookTimestamp(), ping.body(),
                ping.webhookSignature())).isTrue();
        await().atMost(PATIENCE).untilAsserted(() -> partner(organization).when().get(location).then()
                .statusCode(200).body("status", equalTo("DELIVERED")));

        Instant since = Instant.now();
        admit(organization, "MEMBER", "2026-01-01").statusCode(200);
        Received admitted = awaitReceived(path, 1, organization).get(0);
        long delivery = ((Number) partner(organization).queryParam("messageId", admitted.webhookId())
                .when().get(base + "/deliveries").then().statusCode(200).extract().path("[0].id")).longValue();

        partner(organization).when().post(base + "/deliveries/" + delivery + "/redeliver").then().statusCode(202);
        assertThat(awaitReceived(path, 2, organization).get(1).webhookId()).isEqualTo(admitted.webhookId());

        partner(organization).body(Map.of("since", since.toString())).when().post(base + "/deliveries/replay")
                .then().statusCode(202).body("queued", equalTo(1));
        assertThat(awaitReceived(path, 3, organization).get(2).webhookId()).isEqualTo(admitted.webhookId());
        partner(organization).body(Map.of("since", "yesterday")).when().post(base + "/deliveries/replay")
                .then().statusCode(400).contentType("application/problem+json");
        partner(organization).body(Map.of("since", "+999999-01-01T00:00:00Z")).when().post(base + "/deliveries/replay")
                .then().statusCode(400).contentType("application/problem+json");
        partner(organization).when().post(base + "/deliveries/999999999/redeliver").then().statusCode(404);
        partner(organization).when().get(base + "/deliveries/not-a-number").then().statusCode(404)
                .contentType("application/problem+json");
        partner(organization).queryParam("before", "x").when().get(base + "/deliveries").then().statusCode(404)
                .contentType("application/problem+json");
        partner(organization).queryParam("status", "SENT").when().get(base + "/deliveries").then().statusCode(400)
                .contentType("application/problem+json");
        partner(organization).queryParam("limit", "0").when().get(base + "/deliveries").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(awaitReceived(path, 3, organization)).hasSize(3); // none of the refused requests sent anything
    }

    @Test
    void aMessageWhoseHolderDiedIsFannedOutAgainToTheSubscriptionsThatDidNotGetIt() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        String gotIt = path();
        String missedIt = path();
        WebhookApi.Subscribed first = subscribe(organization, RECEIVER.url(gotIt), ALL);
        subscribe(organization, RECEIVER.url(missedIt), ALL);
        // what an instance that died while holding a message leaves: the message, held until a
        // moment ago and not fanned out, and a row only for the delivery it had recorded
        String message = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into webhook_message (id, event_type, subject, occurred_at, body, fanned_out, held_until)
                    values (?, 'org.ungis.membership.organization.renamed', ?, now(), ?, false, now() - interval '1 second')""")) {
                insert.setString(1, message);
                insert.setString(2, organization);
                insert.setString(3, "{\"id\":\"" + message + "\",\"subject\":\"" + organization + "\"}");
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into webhook_delivery (message_id, subscription_id, subject, status, attempts, last_attempt_at,
                        last_duration_ms, last_status_code, finished_at)
                    values (?, ?, ?, 'DELIVERED', 1, now(), 3, 204, now())""")) {
                insert.setString(1, message);
                insert.setObject(2, UUID.fromString(first.id()));
                insert.setString(3, organization);
                insert.executeUpdate();
            }
        }

        assertThat(awaitReceived(missedIt, 1, organization)).extracting(Received::webhookId).containsExactly(message);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(fannedOut(message)).isTrue());
        String missing = subscriptionOf(missedIt);
        // (other tests' subscriptions take every organization's messages too, this one included)
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveryRows(message))
                .as("one row a subscription; the recorded one untouched")
                .contains(first.id() + " DELIVERED 1", missing + " DELIVERED 1")
                .filteredOn(row -> row.startsWith(first.id()) || row.startsWith(missing)).hasSize(2));
        assertThat(about(gotIt, organization)).isEmpty(); // its delivery had a row: not sent again
    }

    /**
     * The relay sends a change again (it died after the broker acknowledged the batch and before
     * its commit stamped it published): the event goes out to the broker a second time, and the
     * message row, keyed by the event id, makes the copy change nothing; each endpoint gets the
     * change once, and no copy is taken as an error.
     */
    @Test
    void aChangeTheRelaySendsAgainIsQueuedAndSentOnce() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        String other = path();
        subscribe(organization, RECEIVER.url(path), ALL);
        subscribe(organization, RECEIVER.url(other), ALL);
        admit(organization, "OBSERVER", "2026-01-01").statusCode(200);
        Received admitted = awaitReceived(path, 1, organization).get(0);
        awaitReceived(other, 1, organization);

        try (TopicReader reader = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName())) {
            assertThat(unpublish(admitted.webhookId())).as("the outbox row, back to unpublished").isEqualTo(1);
            // the sweeper (every 2 s) sends it again: the topic has it twice
            assertThat(reader.awaitCount(e -> e.id().equals(admitted.webhookId()), 2, PATIENCE)).hasSize(2);
            await().atMost(PATIENCE).until(() -> published(admitted.webhookId()));
        }
        // the next change of the organization is queued behind the copy
        secretariat().body(Map.of("status", "MEMBER", "on", "2026-03-01"))
                .when().post("/organizations/" + organization + "/status-changes").then().statusCode(200);

        for (String endpoint : List.of(path, other)) {
            assertThat(awaitReceived(endpoint, 2, organization)).extracting(Received::webhookId)
                    .as("what %s got", endpoint).doesNotHaveDuplicates().contains(admitted.webhookId());
        }
        String[] subscriptions = {subscriptionOf(path), subscriptionOf(other)};
        assertThat(deliveryRows(admitted.webhookId()))
                .filteredOn(row -> row.startsWith(subscriptions[0]) || row.startsWith(subscriptions[1]))
                .containsExactlyInAnyOrder(subscriptions[0] + " DELIVERED 1", subscriptions[1] + " DELIVERED 1");
        assertThat(messageRows(admitted.webhookId())).isEqualTo(1);
    }

    /** Clears an outbox row's published stamp, as if the relay's commit had not happened; the rows changed. */
    private int unpublish(String eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update outbox_message set published_at = null where id = ?::uuid and published_at is not null")) {
            update.setString(1, eventId);
            return update.executeUpdate();
        }
    }

    private boolean published(String eventId) throws Exception {
        return flag("select published_at is not null from outbox_message where id = ?::uuid", eventId);
    }

    private int messageRows(String message) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*) from webhook_message where id = ?")) {
            select.setString(1, message);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private List<String> deliveryRows(String message) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select subscription_id, status, attempts from webhook_delivery where message_id = ?")) {
            select.setString(1, message);
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getInt(3));
                }
            }
        }
        return rows;
    }

    private String subscriptionOf(String path) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id from webhook_subscription where url = ?")) {
            select.setString(1, RECEIVER.url(path));
            try (var result = select.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private boolean fannedOut(String message) throws Exception {
        return flag("select fanned_out from webhook_message where id = ?", message);
    }

    /** The one boolean {@code sql} selects for {@code id}; false when there is no row. */
    private boolean flag(String sql, String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    @Test
    void duringARotationBothSecretsSign() {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);
        String rotated = partner(organization).when().post("/webhook-subscriptions/" + subscribed.id() + "/secret/rotate")
                .then().statusCode(200).extract().path("secret");

        admit(organization, "MEMBER", "2026-01-01").statusCode(200);

        Received request = awaitReceived(path, 1, organization).get(0);
        assertThat(request.webhookSignature().split(" ")).hasSize(2);
        assertThat(WebhookSignatures.verifies(rotated, request.webhookId(), request.webhookTimestamp(), request.body(),
                request.webhookSignature())).isTrue();
        assertThat(WebhookSignatures.verifies(subscribed.secret(), request.webhookId(), request.webhookTimestamp(),
                request.body(), request.webhookSignature())).isTrue();
    }

    @Test
    void filtersByTypeAndPrefixAndWaitsWhilePaused() {
        String organization = createOrganization(uniqueAcronym());
        String statusOnly = path();
        String paused = path();
        subscribe(organization, RECEIVER.url(statusOnly), List.of("org.ungis.membership.organization.status_changed"));
        WebhookApi.Subscribed later = subscribe(organization, RECEIVER.url(paused), List.of("org.ungis.membership.organization.*"));
        partner(organization).when().post("/webhook-subscriptions/" + later.id() + "/pause").then().statusCode(200);

        admit(organization, "OBSERVER", "2026-01-01").statusCode(200);
        secretariat().body(Map.of("status", "MEMBER", "on", "2026-03-01"))
                .when().post("/organizations/" + organization + "/status-changes").then().statusCode(200);

        assertThat(awaitReceived(statusOnly, 1, organization).get(0).body()).contains("status_changed");
        assertThat(about(paused, organization)).isEmpty();
        partner(organization).when().post("/webhook-subscriptions/" + later.id() + "/resume").then().statusCode(200);
        List<Received> afterResume = awaitReceived(paused, 2, organization);
        assertThat(afterResume.get(0).body()).contains("organization.admitted");
        assertThat(afterResume.get(1).body()).contains("organization.status_changed");
        assertThat(about(statusOnly, organization)).hasSize(1);
    }

    /**
     * The requests to {@code path} about {@code subject} (an organization, or the subscription for
     * pings): every subscription gets the events of all organizations, other tests' included.
     */
    @Test
    void anEndpointFailingForTooLongIsDisabledWithTheReason() throws Exception {
        String organization = createOrganization(uniqueAcronym());
        String path = path();
        RECEIVER.script(path, organization, Answer.status(500));
        WebhookApi.Subscribed subscribed = subscribe(organization, RECEIVER.url(path), ALL);
        // as if every attempt had failed for the last six days (the limit is five)
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update webhook_subscription set failing_since = now() - interval '6 days' where id = ?")) {
            update.setObject(1, UUID.fromString(subscribed.id()));
            assertThat(update.executeUpdate()).isOne();
        }

        admit(organization, "MEMBER", "2026-01-01").statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> partner(organization)
                .when().get("/webhook-subscriptions/" + subscribed.id()).then()
                .body("status", equalTo("DISABLED")).body("disabledReason", containsString("failed")));
        partner(organization).when().post("/webhook-subscriptions/" + subscribed.id() + "/resume").then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("failingSince", nullValue());
    }

    private static List<Received> about(String path, String subject) {
        return RECEIVER.received(path).stream()
                .filter(request -> request.body().contains("\"subject\":\"" + subject + "\"")).toList();
    }

    private static List<Received> awaitReceived(String path, int count, String subject) {
        await().atMost(PATIENCE).until(() -> about(path, subject).size() >= count);
        return about(path, subject);
    }

    /** The delivery of the first message about the organization to {@code path}, once it reaches {@code status}. */
    private static JsonPath awaitDelivery(String organization, String subscription, String path, String status) {
        String base = "/webhook-subscriptions/" + subscription + "/deliveries";
        String message = awaitReceived(path, 1, organization).get(0).webhookId();
        await().atMost(PATIENCE).untilAsserted(() -> partner(organization).queryParam("messageId", message)
                .when().get(base).then().statusCode(200).body("[0].status", equalTo(status)));
        Number id = partner(organization).queryParam("messageId", message).when().get(base).then().extract().path("[0].id");
        return partner(organization).when().get(base + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String path() {
        return "/hooks/" + UUID.randomUUID();
    }
}
