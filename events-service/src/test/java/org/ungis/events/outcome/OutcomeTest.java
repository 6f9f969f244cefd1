package org.ungis.events.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.snapshot;
import static org.ungis.events.EventsApi.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.events.EventsApi;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OutcomeTest {

    @Test
    void keepsAnUnknownSymbolAndLinksItWhenTheDocumentAppears() {
        String session = scheduled(event(unique("CSTD session"), "2025-04-07", "2025-04-11"));
        String number = Integer.toString(Math.abs(UUID.randomUUID().hashCode()));
        String symbol = "E/2025/" + number + "–E/CN.16/2025/4";
        record(session, Map.of("kind", "DOCUMENT", "title", "Assessment of the progress", "documentSymbol", symbol))
                .statusCode(201)
                .body("outcomes[0].documentSymbol", equalTo(symbol))
                .body("outcomes[0].document", nullValue());

        // resolutions-service registers it, typed with a hyphen: the same symbol
        String documentId = UUID.randomUUID().toString();
        EventsApi.announceDocument(documentId, "e/2025/" + number + "-E/CN.16/2025/4", "Assessment (ECOSOC resolution)", 0);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> documentId.equals(
                given().when().get("/events/" + session).then().extract().path("outcomes[0].document.id")));
        given().when().get("/events/" + session).then()
                .body("outcomes[0].document.title", equalTo("Assessment (ECOSOC resolution)"))
                .body("outcomes[0].documentSymbol", equalTo(symbol));
    }

    @Test
    void recordsAnInputWithItsPointsInOrder() {
        String meeting = scheduled(event(unique("UNGIS meeting"), "2025-07-10", "2025-07-11"));
        record(meeting, Map.of("kind", "INPUT", "title", "Joint input to the Elements Paper",
                "points", List.of("Recognition of UNGIS", "Complementarity with the GDC", "Human rights")))
                .statusCode(201)
                .body("version", equalTo(1))
                .body("outcomes[0].kind", equalTo("INPUT"))
                .body("outcomes[0].points", contains("Recognition of UNGIS", "Complementarity with the GDC", "Human rights"));
    }

    @Test
    void refusesIncompleteOutcomesAndChangesNothing() {
        String meeting = scheduled(event(unique("UNGIS meeting"), "2025-07-10", "2025-07-11"));
        String before = snapshot(meeting);
        record(meeting, Map.of("kind", "DOCUMENT", "title", "No symbol")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/document-symbol-required"))
                .body("errors[0].field", equalTo("documentSymbol"));
        record(meeting, Map.of("kind", "INPUT", "title", "No points", "points", List.of())).statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/points-required"));
        record(meeting, Map.of("kind", "INPUT", "title", "Both", "documentSymbol", "A/RES/1", "points", List.of("p")))
                .statusCode(422).body("type", equalTo("https://ungis.org/problems/unexpected-document-symbol"));
        record(meeting, Map.of("kind", "MINUTES", "title", "What")).statusCode(400).body("errors[0].field", equalTo("kind"));
        assertThat(snapshot(meeting)).isEqualTo(before);
    }

    private static ValidatableResponse record(String eventId, Map<String, Object> outcome) {
        return secretariat().body(outcome).when().post("/events/" + eventId + "/outcomes").then();
    }
}
