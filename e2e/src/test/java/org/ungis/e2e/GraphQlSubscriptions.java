package org.ungis.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A dashboard's subscription connection to the gateway: the JDK's WebSocket client speaking
 * {@code graphql-transport-ws} (connection_init, connection_ack, subscribe, next). Every message
 * received is kept; tests wait for the ones they expect.
 */
final class GraphQlSubscriptions implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    private GraphQlSubscriptions(String gatewayUrl) throws Exception {
        URI uri = URI.create(gatewayUrl.replaceFirst("^http", "ws") + "/graphql");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
        send(Map.of("type", "connection_init", "payload", Map.of()));
        Awaitility.await("connection_ack").atMost(Duration.ofSeconds(10))
                .until(() -> received.stream().anyMatch(message -> "connection_ack".equals(message.path("type").asText())));
    }

    static GraphQlSubscriptions connect() throws Exception {
        return new GraphQlSubscriptions(E2ePlatform.get().gatewayUrl());
    }

    /** Starts subscription {@code id}; its "next" messages are kept from now on. */
    void subscribe(String id, String query) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
    }

    /** The data of subscription {@code id}'s "next" messages whose {@code field} matches, in arrival order. */
    List<JsonNode> changes(String id, String field, Predicate<JsonNode> match) {
        return received.stream()
                .filter(message -> id.equals(message.path("id").asText()) && "next".equals(message.path("type").asText()))
                .map(message -> message.path("payload").path("data").path(field))
                .filter(match).toList();
    }

    /** Every message received, for failure messages. */
    List<JsonNode> received() {
        return List.copyOf(received);
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(error -> null).join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
