package org.ungis.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.TopicWriter;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The events API as the secretariat calls it, and membership-service's and resolutions-service's
 * change events as they arrive on Kafka, for tests that need data of their own.
 */
public final class EventsApi {
    private EventsApi() {
    }

    public static RequestSpecification secretariat() {
        return given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A body for POST /events or PUT /events/{id}: one day, DAY precision; change what the test needs. */
    public static Map<String, Object> event(String title, String startDate, String endDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "OTHER");
        body.put("startDate", startDate);
        body.put("endDate", endDate);
        return body;
    }

    public static ValidatableResponse schedule(Map<String, Object> body) {
        return secretariat().body(body).when().post("/events").then();
    }

    /** Schedules and returns the new event's id. */
    public static String scheduled(Map<String, Object> body) {
        return schedule(body).statusCode(201).extract().path("id");
    }

    public static long version(String eventId) {
        return ((Number) given().when().get("/events/" + eventId).then().statusCode(200).extract().path("version"))
                .longValue();
    }

    /** What a reader sees of an event now, to compare before and after a refused request. */
    public static String snapshot(String eventId) {
        return given().when().get("/events/" + eventId).then().statusCode(200).extract().asString();
    }

    /** Announces an organization as membership-service would, and waits until events-service knows it. */
    public static String knownOrganization(String acronym, String name) {
        String id = UUID.randomUUID().toString();
        announceOrganization(id, acronym, name, List.of(), 0);
        awaitOrganization(id);
        return id;
    }

    public static void announceOrganization(String id, String acronym, String name, List<String> aliases, long version) {
        TopicWriter.sendChangeEvent(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName(), UUID.randomUUID().toString(),
                version == 0 ? ChangeEventType.ORGANIZATION_CREATED.type() : ChangeEventType.ORGANIZATION_RENAMED.type(),
                id, organizationState(id, acronym, name, aliases, version));
    }

    public static String organizationState(String id, String acronym, String name, List<String> aliases, long version) {
        List<String> aliasJson = new ArrayList<>();
        aliases.forEach(alias -> aliasJson.add("{\"value\":\"" + alias + "\",\"kind\":\"FORMER_ACRONYM\"}"));
        return "{\"id\":\"" + id + "\",\"acronym\":\"" + acronym + "\",\"name\":\"" + name
                + "\",\"classification\":\"OTHER\",\"website\":null,\"aliases\":[" + String.join(",", aliasJson)
                + "],\"updatedAt\":\"" + Instant.now() + "\",\"version\":" + version + "}";
    }

    public static void awaitOrganization(String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/organizations/" + id + "/events").statusCode() == 200);
    }

    /** Announces a document as resolutions-service would. */
    public static void announceDocument(String id, String symbol, String title, long version) {
        TopicWriter.sendChangeEvent(ChangeTopic.RESOLUTIONS_DOCUMENTS.topicName(), UUID.randomUUID().toString(),
                ChangeEventType.DOCUMENT_CREATED.type(), id,
                "{\"id\":\"" + id + "\",\"symbol\":\"" + symbol + "\",\"title\":\"" + title
                        + "\",\"issuingBody\":\"ECOSOC\",\"documentType\":\"RESOLUTION\",\"adoptedOn\":null,"
                        + "\"updatedAt\":\"" + Instant.now() + "\",\"version\":" + version + "}");
    }
}
