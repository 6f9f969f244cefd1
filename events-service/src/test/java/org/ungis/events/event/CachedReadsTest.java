package org.ungis.events.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.knownOrganization;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.events.EventsApi;
import org.ungis.platform.readcache.CommittedChanges;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ReadCacheProbe;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event list and the event by id come from the read cache, and no committed change outlives
 * a cached answer: neither a write through this API nor a replica update from a change event.
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class CachedReadsTest {

    @Inject
    DataSource dataSource;

    @Inject
    CommittedChanges changes;

    @Test
    void aRenameFromMembershipEndsTheCachedAnswers() {
        String acronym = unique("CACHED");
        String organization = knownOrganization(acronym, "Cached organization");
        Map<String, Object> body = event(unique("Cached forum"), "2025-03-10", "2025-03-11");
        body.put("organizerIds", List.of(organization));
        String id = scheduled(body);
        String list = "/events?ids=" + id;

        ReadCacheProbe.assertServedFromCache(changes::generation, () -> read(list) + "\n" + read("/events/" + id),
                () -> ReadCacheProbe.updateBehindTheCache(dataSource,
                        "update organization_replica set name = ? where id = ?", UUID.fromString(organization)));

        // membership-service renames it: the change event's transaction ends the cached answers
        EventsApi.announceOrganization(organization, acronym, "Renamed by membership", List.of(), 1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> given()
                .when().get(list).then().body("items[0].organizers.name", contains("Renamed by membership")));
        given().when().get("/events/" + id).then().body("organizers.name", contains("Renamed by membership"));
    }

    @Test
    void aWriteThroughTheApiIsReadBackAtOnce() {
        String title = unique("Read back");
        Map<String, Object> body = event(title, "2025-04-01", "2025-04-02");
        String id = scheduled(body);
        String list = "/events?from=2025-04-01&to=2025-04-01&ids=" + id;
        given().when().get("/events/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo(title));
        given().when().get(list).then().body("items.title", contains(title));

        body.put("title", title + " (changed)");
        secretariat().body(body).header("If-Match", "\"0\"").when().put("/events/" + id).then().statusCode(200);

        given().when().get("/events/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo(title + " (changed)"));
        given().when().get(list).then().body("items.title", contains(title + " (changed)"));
    }

    private static String read(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }
}
