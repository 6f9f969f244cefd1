package org.ungis.events.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.knownOrganization;
import static org.ungis.events.EventsApi.schedule;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.snapshot;
import static org.ungis.events.EventsApi.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.events.EventsApi;
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
        String title = unique("IGF 2025");
        String id = given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "kind", "IGF", "startDate", "2025-06-23", "endDate", "2025-06-27"))
                .when().post("/events")
                .then().statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("startDate", equalTo("2025-06-23"))
                .body("datePrecision", equalTo("DAY"))
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
    void schedulesOnceForOneIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = event(unique("Retried"), "2025-10-01", "2025-10-01");
        String first = secretariat().header("Idempotency-Key", key).body(body).when().post("/events")
                .then().statusCode(201).extract().path("id");
        secretariat().header("Idempotency-Key", key).body(body).when().post("/events")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        // the retry added no second event
        given().queryParam("updatedSince", given().get("/events/" + first).path("createdAt").toString())
                .when().get("/events").then().body("items.id", contains(first));
    }

    @Test
    void showsOrganizersAndParticipantsWithTheirCurrentNames() {
        String tourism = knownOrganization(unique("UNWTO"), "World Tourism Organization");
        String unctad = knownOrganization(unique("UNCTAD"), "United Nations Conference on Trade and Development");
        Map<String, Object> body = event(unique("Forum"), "2025-06-01", "2025-06-30");
        body.put("datePrecision", "MONTH");
        body.put("series", "Forum");
        body.put("edition", "2025");
        body.put("timeZone", "Europe/Oslo");
        body.put("location", Map.of("city", "Lillestrøm", "countryCode", "no", "mode", "HYBRID"));
        body.put("organizerIds", List.of(unctad));
        body.put("participantIds", List.of(tourism, unctad));
        String id = scheduled(body);

        given().when().get("/events/" + id).then().statusCode(200)
                .body("when", equalTo("June 2025"))
                .body("location.countryCode", equalTo("NO"))
                .body("location.city", equalTo("Lillestrøm"))
                .body("timeZone", equalTo("Europe/Oslo"))
                .body("organizers.id", contains(unctad))
                .body("participants.name", contains("World Tourism Organization",
                        "United Nations Conference on Trade and Development"));

        // membership-service renames the organization: the event shows the new name, same id
        EventsApi.announceOrganization(tourism, "UN Tourism", "UN Tourism", List.of("UNWTO"), 1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> "UN Tourism".equals(
                given().when().get("/events/" + id).then().extract().path("participants[0].acronym")));
        given().when().get("/events/" + id).then().body("participants[0].id", equalTo(tourism));
    }

    @Test
    void refusesAnUnknownParticipantAndChangesNothing() {
        Instant before = Instant.now();
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> body = event(unique("Unknown participant"), "2025-07-10", "2025-07-11");
        body.put("participantIds", List.of(unknown));
        schedule(body).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/unknown-organization"))
                .body("errors[0].field", equalTo("participantIds"))
                .body("errors[0].message", equalTo("no organization with id " + unknown));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesAnEventThatEndsBeforeItStarts() {
        Instant before = Instant.now();
        schedule(event("Backwards", "2025-07-11", "2025-07-10")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/invalid-date-range"))
                .body("errors[0].field", equalTo("endDate"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesDatesFinerThanTheirPrecision() {
        Instant before = Instant.now();
        Map<String, Object> body = event("Mid-month", "2025-06-10", "2025-06-30");
        body.put("datePrecision", "MONTH");
        schedule(body).statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/date-precision-mismatch"))
                .body("errors.field", hasItems("startDate", "endDate"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesAnInvalidTimeZoneOrCountry() {
        Instant before = Instant.now();
        Map<String, Object> body = event("Nowhere", "2025-07-10", "2025-07-10");
        body.put("timeZone", "Europe/Atlantis");
        schedule(body).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", equalTo("must be an IANA time zone id such as Europe/Zurich"));
        body.put("timeZone", "+02:00");
        schedule(body).statusCode(400).body("errors[0].field", equalTo("timeZone"));
        body.remove("timeZone");
        body.put("location", Map.of("countryCode", "XX"));
        schedule(body).statusCode(400).body("errors[0].field", equalTo("location.countryCode"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesAnInvalidDate() {
        Instant before = Instant.now();
        schedule(event("Bad date", "2025-02-30", "2025-03-01")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"));
        assertNoEventChangedSince(before);
    }

    @Test
    void refusesADateTheDatabaseCannotHold() {
        Instant before = Instant.now();
        schedule(event("Far", "+99999999-01-01", "+99999999-01-02")).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/value-out-of-range"));
        assertNoEventChangedSince(before);
    }

    @Test
    void nestsEventsAndRefusesACycle() {
        String forum = scheduled(event(unique("High-Level Event"), "2025-07-01", "2025-07-31"));
        Map<String, Object> meetingBody = event(unique("UNGIS meeting"), "2025-07-10", "2025-07-11");
        meetingBody.put("parentId", forum);
        String meeting = scheduled(meetingBody);
        given().when().get("/events/" + forum).then().statusCode(200)
                .body("parts.id", contains(meeting))
                .body("parent", nullValue());
        given().when().get("/events/" + meeting).then().body("parent.id", equalTo(forum)).body("parentId", equalTo(forum));

        // the forum cannot take place during its own part, nor during itself
        String before = snapshot(forum);
        Map<String, Object> cycle = event((String) given().get("/events/" + forum).path("title"), "2025-07-01", "2025-07-31");
        cycle.put("parentId", meeting);
        secretariat().body(cycle).when().put("/events/" + forum).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/parent-cycle"))
                .body("errors[0].field", equalTo("parentId"));
        cycle.put("parentId", forum);
        secretariat().body(cycle).when().put("/events/" + forum).then().statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/parent-cycle"));
        assertThat(snapshot(forum)).isEqualTo(before);

        Instant since = Instant.now();
        Map<String, Object> orphan = event("Orphan", "2025-07-10", "2025-07-11");
        orphan.put("parentId", UUID.randomUUID().toString());
        schedule(orphan).statusCode(422).body("type", equalTo("https://ungis.org/problems/unknown-parent"));
        assertNoEventChangedSince(since);
    }

    @Test
    void updatesWithIfMatchAndRefusesAStaleVersion() {
        Map<String, Object> body = event(unique("Meeting"), "2025-09-09", "2025-09-10");
        String id = scheduled(body);
        String before = snapshot(id);
        body.put("title", "Renamed meeting");
        secretariat().header("If-Match", "\"7\"").body(body).when().put("/events/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/stale-version"));
        assertThat(snapshot(id)).isEqualTo(before);

        secretariat().header("If-Match", "\"0\"").body(body).when().put("/events/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Renamed meeting"))
                .body("version", equalTo(1));
        // the same details again change nothing
        secretariat().body(body).when().put("/events/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void reschedulesConfirmsCancelsAndMarksHeld() {
        String id = scheduled(event(unique("Session"), "2025-04-01", "2025-04-02"));
        secretariat().body(Map.of("startDate", "2025-01-01", "endDate", "2025-12-31", "datePrecision", "YEAR"))
                .when().post("/events/" + id + "/reschedule")
                .then().statusCode(200).body("when", equalTo("2025")).body("datePrecision", equalTo("YEAR"));
        secretariat().when().post("/events/" + id + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        secretariat().when().post("/events/" + id + "/held").then().statusCode(200).body("status", equalTo("HELD"));
        String held = snapshot(id);
        secretariat().when().post("/events/" + id + "/cancellation").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/invalid-status-change"));
        assertThat(snapshot(id)).isEqualTo(held);

        String cancelled = scheduled(event(unique("Cancelled"), "2025-05-01", "2025-05-01"));
        secretariat().when().post("/events/" + cancelled + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        String before = snapshot(cancelled);
        secretariat().body(Map.of("startDate", "2025-05-02", "endDate", "2025-05-02"))
                .when().post("/events/" + cancelled + "/reschedule")
                .then().statusCode(409).body("type", equalTo("https://ungis.org/problems/event-cancelled"));
        assertThat(snapshot(cancelled)).isEqualTo(before);
    }

    @Test
    void refusesToMarkHeldAnEventThatHasNotStarted() {
        String id = scheduled(event(unique("Future"), "2099-01-01", "2099-01-02"));
        String before = snapshot(id);
        secretariat().when().post("/events/" + id + "/held").then().statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/not-started"));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void filtersByPeriodKindStatusSeriesParticipantAndIds() {
        String series = unique("Series");
        String organization = knownOrganization(unique("ORG"), "Filter organization");
        Map<String, Object> june = event(unique("June"), "2031-06-01", "2031-06-30");
        june.put("series", series);
        june.put("kind", "IGF");
        june.put("datePrecision", "MONTH");
        june.put("organizerIds", List.of(organization));
        String juneId = scheduled(june);
        Map<String, Object> december = event(unique("December"), "2031-12-30", "2032-01-02");
        december.put("series", series);
        String decemberId = scheduled(december);
        secretariat().when().post("/events/" + decemberId + "/confirmation").then().statusCode(200);

        given().queryParam("series", series.toUpperCase()).when().get("/events").then().statusCode(200)
                .body("items.id", contains(juneId, decemberId));
        given().queryParam("series", series).queryParam("from", "2031-07-01").queryParam("to", "2031-12-31")
                .when().get("/events").then().body("items.id", contains(decemberId));
        given().queryParam("series", series).queryParam("to", "2031-06-15")
                .when().get("/events").then().body("items.id", contains(juneId));
        given().queryParam("series", series).queryParam("kind", "igf")
                .when().get("/events").then().body("items.id", contains(juneId));
        given().queryParam("series", series).queryParam("status", "CONFIRMED")
                .when().get("/events").then().body("items.id", contains(decemberId));
        given().queryParam("participant", organization)
                .when().get("/events").then().body("items.id", contains(juneId));
        given().queryParam("ids", decemberId + "," + juneId)
                .when().get("/events").then().body("items.id", contains(juneId, decemberId));
        given().when().get("/organizations/" + organization + "/events").then().statusCode(200)
                .body("items.id", contains(juneId))
                .body("items[0].organizers[0].name", equalTo("Filter organization"));

        // one item per page: the cursor walks through both
        String cursor = given().queryParam("series", series).queryParam("limit", 1).when().get("/events")
                .then().body("items.id", contains(juneId)).extract().path("nextCursor");
        given().queryParam("series", series).queryParam("limit", 1).queryParam("cursor", cursor).when().get("/events")
                .then().body("items.id", contains(decemberId)).body("nextCursor", nullValue());
    }

    @Test
    void answersBadFiltersWithProblemDetails() {
        given().queryParam("from", "2025-13-01").when().get("/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2025-02-01").queryParam("to", "2025-01-01").when().get("/events")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("kind", "PICNIC").when().get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().queryParam("participant", "ITU").when().get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("participant"));
        given().queryParam("ids", "1,2").when().get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().when().get("/organizations/" + UUID.randomUUID() + "/events").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesWritesWithoutTheSecretariatRole() {
        String id = scheduled(event(unique("Guarded"), "2025-01-01", "2025-01-01"));
        String before = snapshot(id);
        Instant since = Instant.now();
        Map<String, Object> body = event("Nope", "2025-01-01", "2025-01-01");
        given().contentType(ContentType.JSON).body(body).when().post("/events")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON).body(body)
                .when().post("/events")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().put("/events/" + id).then().statusCode(401);
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).when().post("/events/" + id + "/cancellation")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("title", "S")).when().post("/events/" + id + "/sessions")
                .then().statusCode(401);
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Map.of("kind", "INPUT", "title", "T", "points", List.of("p"))).when().post("/events/" + id + "/outcomes")
                .then().statusCode(403);
        assertNoEventChangedSince(since);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void answersUnknownEventsWithNotFound() {
        given().when().get("/events/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/events/not-an-id").then().statusCode(404)
                .contentType("application/problem+json");
        secretariat().body(event("Ghost", "2025-01-01", "2025-01-01")).when().put("/events/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        secretariat().when().post("/events/" + UUID.randomUUID() + "/cancellation").then().statusCode(404);
        secretariat().body(Map.of("title", "S")).when().post("/events/" + UUID.randomUUID() + "/sessions")
                .then().statusCode(404);
    }

    private static void assertNoEventChangedSince(Instant since) {
        given().queryParam("updatedSince", since.toString()).when().get("/events")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
