package org.ungis.events.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.knownOrganization;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.unique;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The batch reads the gateway uses: events of several organizations, details of several events. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OrganizationEventsBatchTest {

    @Test
    void answersTheEventsOfSeveralOrganizationsInOneRequest() {
        String organizer = knownOrganization(unique("ORG"), "Batch organizer");
        String sessionGuest = knownOrganization(unique("GST"), "Batch session guest");
        String nobody = UUID.randomUUID().toString();
        Map<String, Object> first = event(unique("First"), "2030-03-01", "2030-03-02");
        first.put("organizerIds", List.of(organizer));
        String firstId = scheduled(first);
        String secondId = scheduled(event(unique("Second"), "2030-04-01", "2030-04-01"));
        secretariat().body(Map.of("title", "Side session", "date", "2030-04-01", "participantIds", List.of(sessionGuest)))
                .when().post("/events/" + secondId + "/sessions").then().statusCode(201);

        given().queryParam("ids", String.join(",", sessionGuest, organizer, nobody))
                .when().get("/organizations/events").then().statusCode(200)
                .body("organizationId", contains(sessionGuest, organizer, nobody))
                .body("[0].events.id", contains(secondId))
                .body("[1].events.id", contains(firstId))
                .body("[1].events[0].organizers[0].name", equalTo("Batch organizer"))
                .body("[2].events", empty());
    }

    @Test
    void answersTheDetailsOfSeveralEventsInOneRequest() {
        String a = scheduled(event(unique("Detail A"), "2030-05-01", "2030-05-01"));
        String b = scheduled(event(unique("Detail B"), "2030-05-02", "2030-05-02"));
        secretariat().body(Map.of("title", "Only session", "date", "2030-05-02"))
                .when().post("/events/" + b + "/sessions").then().statusCode(201);
        given().queryParam("ids", b + "," + UUID.randomUUID() + "," + a).when().get("/events/details").then()
                .statusCode(200)
                .body("id", contains(b, a))
                .body("[0].sessions.title", contains("Only session"))
                .body("[1].sessions", empty());
    }

    @Test
    void refusesBadBatchesWithProblemDetails() {
        given().when().get("/organizations/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("ids"));
        given().queryParam("ids", "ITU").when().get("/organizations/events").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().queryParam("ids", "x").when().get("/events/details").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("ids"));
        given().when().get("/events/details").then().statusCode(400).body("errors[0].field", equalTo("ids"));
        // one id over the limit still fits the request line, so the answer says what is wrong
        String tooMany = Stream.generate(() -> UUID.randomUUID().toString()).limit(201)
                .collect(Collectors.joining(","));
        given().queryParam("ids", tooMany).when().get("/events/details").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("ids"));
    }
}
