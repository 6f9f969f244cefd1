package org.ungis.resolutions.mandate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.resolutions.ResolutionsApi.addVersion;
import static org.ungis.resolutions.ResolutionsApi.createDocument;
import static org.ungis.resolutions.ResolutionsApi.operative;
import static org.ungis.resolutions.ResolutionsApi.secretariat;
import static org.ungis.resolutions.ResolutionsApi.unique;
import static org.ungis.resolutions.ResolutionsApi.uniqueSymbol;
import static org.ungis.resolutions.ResolutionsApi.version;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;
import org.ungis.testing.TopicWriter;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Paragraphs that task a body, by a date or an event; open, overdue, delivered. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class MandateTest {

    private static String taskingDocument() {
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("1", "Welcomes the report;"),
                operative("2", "Requests a road map by its next session;"), operative("3", "Requests a survey;")));
        return symbol;
    }

    private static Map<String, Object> details(String body, String deliverable, String dueOn, String dueEvent) {
        Map<String, Object> details = new HashMap<>();
        details.put("taskedBody", body);
        details.put("deliverable", deliverable);
        details.put("dueOn", dueOn);
        details.put("dueEvent", dueEvent);
        return details;
    }

    private static String create(String symbol, String paragraph, Map<String, Object> details) {
        return secretariat().body(Map.of("document", symbol, "paragraph", paragraph, "details", details))
                .when().post("/mandates").then().statusCode(201).extract().path("id");
    }

    @Test
    void recordsMandatesAndFiltersByBodyStatusAndDueDate() {
        String symbol = taskingDocument();
        String body = "Body " + unique();
        String past = LocalDate.now().minusDays(10).toString();
        String future = LocalDate.now().plusDays(100).toString();
        String overdue = create(symbol, "3", details(body, "a survey", past, null));
        String open = create(symbol, "2", details(body, "a road map", future, "its next session"));
        String byEvent = create(symbol, "para_2", details(body, "a second road map", null, "its next session"));

        given().when().get("/mandates/" + open).then().statusCode(200)
                .body("paragraphAddress", equalTo(symbol + "#para_2"))
                .body("paragraphText", equalTo("Requests a road map by its next session;"))
                .body("document.symbol", equalTo(symbol))
                .body("status", equalTo("OPEN"))
                .body("dueEvent", equalTo("its next session"));
        given().queryParam("body", body.toLowerCase()).when().get("/mandates").then().statusCode(200)
                .body("items.id", containsInAnyOrder(overdue, open, byEvent));
        given().queryParam("body", body).queryParam("status", "OVERDUE").when().get("/mandates").then()
                .body("items.id", contains(overdue)).body("items[0].status", equalTo("OVERDUE"));
        given().queryParam("body", body).queryParam("status", "open").when().get("/mandates").then()
                .body("items.id", containsInAnyOrder(open, byEvent));
        given().queryParam("body", body).queryParam("dueBefore", LocalDate.now().plusDays(101).toString())
                .when().get("/mandates").then().body("items.id", containsInAnyOrder(overdue, open));
        given().queryParam("document", symbol).when().get("/mandates").then().body("items", hasSize(3));
    }

    @Test
    void marksAMandateDeliveredAndPublishesEachChange() {
        String symbol = taskingDocument();
        String body = "Body " + unique();
        String id = create(symbol, "2", details(body, "a road map", null, "its next session"));
        Map<String, Object> delivered = details(body, "a road map", null, "its next session");
        delivered.put("status", "DELIVERED");
        delivered.put("deliveredOn", "2026-04-20");
        secretariat().header("If-Match", "\"0\"").body(delivered).when().put("/mandates/" + id)
                .then().statusCode(200).body("status", equalTo("DELIVERED")).body("deliveredOn", equalTo("2026-04-20"))
                .body("version", equalTo(1));
        secretariat().header("If-Match", "\"0\"").body(details(body, "other", null, null)).when().put("/mandates/" + id)
                .then().statusCode(412);
        given().queryParam("body", body).queryParam("status", "DELIVERED").when().get("/mandates").then()
                .body("items.id", contains(id));
        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_MANDATES.topicName())) {
            topic.awaitFirst(e -> id.equals(e.subject()) && e.type().equals("org.ungis.resolutions.mandate.created"),
                    Duration.ofSeconds(20));
            assertThat(topic.awaitFirst(e -> id.equals(e.subject())
                    && e.type().equals("org.ungis.resolutions.mandate.updated"), Duration.ofSeconds(20)).value())
                    .contains("\"status\":\"DELIVERED\"", "\"paragraphAddress\":\"" + symbol + "#para_2\"");
        }
    }

    @Test
    void linksTheEventItIsDueAtOnceEventsServiceAnnouncesIt() {
        String symbol = taskingDocument();
        String series = "Series " + unique();
        Map<String, Object> details = details("Body " + unique(), "a road map", null, "the seventh session");
        details.put("dueEventEdition", Map.of("series", series, "edition", " 7 "));
        String id = create(symbol, "2", details);
        given().when().get("/mandates/" + id).then().statusCode(200)
                .body("dueEvent", equalTo("the seventh session"))
                .body("dueEventEdition.series", equalTo(series)).body("dueEventEdition.edition", equalTo("7"))
                .body("dueEventId", nullValue());

        String sixth = UUID.randomUUID().toString();
        String seventh = UUID.randomUUID().toString();
        announceEvent(sixth, series, "6", "2025-03-01");
        announceEvent(seventh, series.toUpperCase(), "7", "2026-03-01");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/mandates/" + id).then()
                .body("dueEventId", equalTo(seventh)));

        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_MANDATES.topicName())) {
            assertThat(topic.awaitFirst(e -> id.equals(e.subject()), Duration.ofSeconds(20)).value())
                    .contains("\"dueEventSeries\":\"" + series + "\"", "\"dueEventEdition\":\"7\"");
        }
    }

    /** An event as events-service announces it, with only what the replica keeps filled in. */
    private static void announceEvent(String id, String series, String edition, String startDate) {
        TopicWriter.sendChangeEvent(ChangeTopic.EVENTS_EVENTS.topicName(), UUID.randomUUID().toString(),
                "org.ungis.events.event.scheduled", id, """
                        {"id":"%s","title":"%s %s","kind":"OTHER","startDate":"%s","endDate":"%s","status":"PLANNED",
                         "updatedAt":"2026-01-01T00:00:00Z","version":0,"datePrecision":"DAY","series":"%s",
                         "edition":"%s"}""".formatted(id, series, edition, startDate, startDate, series, edition));
    }

    @Test
    void refusesAnEventEditionWithoutSeriesOrEdition() {
        String symbol = taskingDocument();
        String body = "Body " + unique();
        Map<String, Object> details = details(body, "a road map", null, null);
        details.put("dueEventEdition", Map.of("series", "CSTD"));
        secretariat().body(Map.of("document", symbol, "paragraph", "2", "details", details))
                .when().post("/mandates").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("details.dueEventEdition.edition"));
        details.put("dueEventEdition", "CSTD 29");
        secretariat().body(Map.of("document", symbol, "paragraph", "2", "details", details))
                .when().post("/mandates").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("body", body).when().get("/mandates").then().body("items", hasSize(0));
    }

    @Test
    void refusesBadMandatesAndChangesNothing() {
        String symbol = taskingDocument();
        String body = "Body " + unique();
        secretariat().body(Map.of("document", symbol, "paragraph", "9", "details", details(body, "x", null, null)))
                .when().post("/mandates").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/unknown-paragraph"));
        secretariat().body(Map.of("document", "A/RES/NO/SUCH", "paragraph", "1", "details", details(body, "x", null, null)))
                .when().post("/mandates").then().statusCode(404);
        Map<String, Object> overdue = details(body, "x", null, null);
        overdue.put("status", "OVERDUE");
        secretariat().body(Map.of("document", symbol, "paragraph", "1", "details", overdue))
                .when().post("/mandates").then().statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/derived-status"));
        secretariat().body(Map.of("document", symbol, "paragraph", "1", "details", details(" ", "x", null, null)))
                .when().post("/mandates").then().statusCode(400).body("errors[0].field", equalTo("details.taskedBody"));
        given().contentType(ContentType.JSON)
                .body(Map.of("document", symbol, "paragraph", "1", "details", details(body, "x", null, null)))
                .when().post("/mandates").then().statusCode(401);
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Map.of("document", symbol, "paragraph", "1", "details", details(body, "x", null, null)))
                .when().post("/mandates").then().statusCode(403);
        given().queryParam("body", body).when().get("/mandates").then().body("items", hasSize(0));
        given().queryParam("status", "LATE").when().get("/mandates").then().statusCode(400);
        given().queryParam("dueBefore", "soon").when().get("/mandates").then().statusCode(400);
        given().when().get("/mandates/" + UUID.randomUUID()).then().statusCode(404);
    }
}
