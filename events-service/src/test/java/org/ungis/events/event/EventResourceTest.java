package org.ungis.events.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventResourceTest {

    @Test
    void schedulesAnEventAndPublishesItsCloudEvent() {
        String title = "IGF 2025 " + UUID.randomUUID();
        String id = given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "kind", "IGF", "startDate", "2025-06-23", "endDate", "2025-06-27"))
                .when().post("/events")
                .then().statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("startDate", equalTo("2025-06-23"))
                .extract().path("id");

        given().when().get("/events/" + id).then().statusCode(200).body("title", equalTo(title));
        try (TopicReader topic = TopicReader.of(ChangeTopic.EVENTS_EVENTS.topicName())) {
            PublishedEvent event = topic.awaitFirst(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertThat(event.type()).isEqualTo("org.ungis.events.event.scheduled");
            assertThat(event.header("ce_source")).isEqualTo("/ungis/events-service");
            assertThat(event.value()).contains("\"title\":\"" + title + "\"", "\"version\":0");
        }
    }

    @Test
    void refusesAnEventThatEndsBeforeItStarts() {
        Instant before = Instant.now();
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", "Backwards", "kind", "OTHER", "startDate", "2025-07-11", "endDate", "2025-07-10"))
                .when().post("/events")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/invalid-date-range"))
                .body("errors[0].field", equalTo("endDate"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesAnInvalidDate() {
        Instant before = Instant.now();
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", "Bad date", "kind", "OTHER", "startDate", "2025-02-30", "endDate", "2025-03-01"))
                .when().post("/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesADateTheDatabaseCannotHold() {
        Instant before = Instant.now();
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", "Far", "kind", "OTHER", "startDate", "+99999999-01-01", "endDate", "+99999999-01-02"))
                .when().post("/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/value-out-of-range"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesWritesWithoutTheSecretariatRole() {
        Instant before = Instant.now();
        Map<String, String> body = Map.of("title", "Nope", "kind", "OTHER", "startDate", "2025-01-01", "endDate",
                "2025-01-01");
        given().contentType(ContentType.JSON).body(body).when().post("/events")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON).body(body)
                .when().post("/events")
                .then().statusCode(403).contentType("application/problem+json");
        assertNoEventChangedSince(before);
    }

    @Test
    void answersUnknownEventsWithNotFound() {
        given().when().get("/events/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/events/not-an-id").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void assertNoEventChangedSince(Instant since) {
        given().queryParam("updatedSince", since.toString()).when().get("/events")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
