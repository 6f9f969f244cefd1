package org.ungis.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ungis.gateway.GraphQl.secretariat;
import static org.ungis.gateway.GraphQl.uniqueAcronym;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** Subscriptions over graphql-transport-ws, fed by the services' change topics on the real broker. */
@QuarkusTest
@WithTestResource(ServicesTestResource.class)
class ChangeSubscriptionTest {
    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    Vertx vertx;

    @Test
    void aSubscribedDashboardSeesCommittedChanges() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> "READING".equals(given().when().get("/q/health/ready")
                .then().extract().path("checks.find { it.name == 'downstream services' }.data.'change feed'")));
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost(graphql.getHost())
                .setPort(graphql.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        try {
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
            assertThat(next(messages, 10).getString("type")).isEqualTo("connection_ack");
            subscribe(socket, "membership", "subscription { membershipChanges { eventId type aggregateId version time state } }");
            subscribe(socket, "events", "subscription { eventChanges { type aggregateId version } }");
            Thread.sleep(500); // the subscribe messages carry no acknowledgement

            String acronym = uniqueAcronym();
            String id = secretariat().body(Map.of("acronym", acronym, "name", "Watched " + acronym, "classification", "OTHER"))
                    .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id");
            long committed = System.nanoTime();
            JsonObject change = awaitChange(messages, "membership", "membershipChanges", id);
            long latencyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed);
            System.out.println("subscription latency after commit: " + latencyMillis + " ms");
            assertThat(change.getString("type")).isEqualTo("org.ungis.membership.organization.created");
            assertThat(change.getLong("version")).isZero();
            assertThat(change.getString("state")).contains(acronym);
            assertThat(latencyMillis).as("seen within a second of the commit").isLessThan(1_000);

            String event = GraphQl.event("Watched event " + acronym, List.of());
            JsonObject scheduled = awaitChange(messages, "events", "eventChanges", event);
            assertThat(scheduled.getString("type")).isEqualTo("org.ungis.events.event.scheduled");
        } finally {
            socket.close();
        }
    }

    @Test
    void answersABadSubscriptionWithAnError() throws Exception {
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost(graphql.getHost())
                .setPort(graphql.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        try {
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertThat(next(messages, 10).getString("type")).isEqualTo("connection_ack");
            subscribe(socket, "bad", "subscription { noSuchChanges { type } }");
            JsonObject answer = next(messages, 10);
            assertThat(answer.getString("id")).isEqualTo("bad");
            assertThat(answer.encode()).contains("noSuchChanges");
        } finally {
            socket.close();
        }
    }

    private static void subscribe(WebSocket socket, String id, String query) {
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query)).encode());
    }

    /** The first "next" message of subscription {@code id} about {@code aggregateId}; others are skipped. */
    private static JsonObject awaitChange(BlockingQueue<JsonObject> messages, String id, String field, String aggregateId)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject message = messages.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && id.equals(message.getString("id")) && "next".equals(message.getString("type"))) {
                JsonObject change = message.getJsonObject("payload").getJsonObject("data").getJsonObject(field);
                if (aggregateId.equals(change.getString("aggregateId"))) {
                    return change;
                }
            }
        }
        throw new AssertionError("no " + field + " about " + aggregateId + " within 10 s");
    }

    private static JsonObject next(BlockingQueue<JsonObject> messages, int seconds) throws InterruptedException {
        JsonObject message = messages.poll(seconds, TimeUnit.SECONDS);
        assertThat(message).as("a message within %d s", seconds).isNotNull();
        return message;
    }
}
