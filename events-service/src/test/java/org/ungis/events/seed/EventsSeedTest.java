package org.ungis.events.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.events.EventsApi;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The facts of the seed document (CWG-WSIS&SDG-43/5), as a reader of the API sees them. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventsSeedTest {

    @Inject
    EventsSeed seed;

    @Test
    void hasTheIgf2025WithTheUngisSessionKnownToTheMonth() {
        JsonPath igf = seriesEdition("IGF", "2025");
        assertThat(igf.getString("title")).isEqualTo("Internet Governance Forum 2025");
        assertThat(igf.getString("when")).isEqualTo("June 2025");
        assertThat(igf.getString("datePrecision")).isEqualTo("MONTH");
        assertThat(igf.getString("location.city")).isEqualTo("Lillestrøm");
        assertThat(igf.getString("location.countryCode")).isEqualTo("NO");
        assertThat(igf.getString("status")).isEqualTo("HELD");
        assertThat(igf.getList("sessions.title")).containsExactly("Digital Cooperation for Development: UNGIS in Action");
        assertThat(igf.getString("sessions[0].date")).isNull();
    }

    @Test
    void hasThe22ndUngisMeetingDuringTheWsis20HighLevelEventWithItsTwoSegments() {
        JsonPath hle = seriesEdition("WSIS+20 High-Level Event", "2025");
        assertThat(hle.getString("when")).isEqualTo("July 2025");
        assertThat(hle.getString("location.city")).isEqualTo("Geneva");
        JsonPath meeting = seriesEdition("UNGIS meeting", "22");
        assertThat(meeting.getString("parent.id")).isEqualTo(hle.getString("id"));
        assertThat(hle.getList("parts.id")).containsExactly(meeting.getString("id"));
        assertThat(meeting.getList("sessions.title")).containsExactly("High-Level meeting", "Working-Level meeting");
        assertThat(meeting.getList("sessions.date")).containsExactly("2025-07-10", "2025-07-11");
        assertThat(meeting.getString("outcomes[0].title")).isEqualTo("UNGIS joint input to the WSIS+20 Elements Paper");
        assertThat(meeting.getList("outcomes[0].points")).hasSize(8)
                .startsWith("Recognition of UNGIS and system-wide coordination mechanisms")
                .endsWith("Creating an enabling environment");
    }

    @Test
    void hasTheCstdEcosocAndCouncilWorkingGroupDates() {
        JsonPath cstd = seriesEdition("CSTD", "28");
        assertThat(cstd.getString("when")).isEqualTo("2025");
        assertThat(cstd.getString("outcomes[0].documentSymbol")).isEqualTo("E/2025/31–E/CN.16/2025/4");
        JsonPath ecosoc = seriesEdition("ECOSOC Management Segment", "2025");
        assertThat(ecosoc.getString("when")).isEqualTo("2025-07-29");
        JsonPath cwg = seriesEdition("CWG-WSIS&SDG", "43");
        assertThat(cwg.getString("when")).isEqualTo("2025-09-09 to 2025-09-10");
        assertThat(cwg.getString("outcomes[0].documentSymbol")).isEqualTo("CWG-WSIS&SDG-43/5");
        assertThat(seriesEdition("HLPF", "2025").getString("when")).isEqualTo("2025");
        assertThat(seriesEdition("CSTD", "29").getString("when")).isEqualTo("2026");
        given().queryParam("kind", "ANNIVERSARY").queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/events").then().statusCode(200)
                .body("items.title", contains("20th anniversary of UNGIS"))
                .body("items[0].datePrecision", equalTo("YEAR"));
    }

    @Test
    void linksTheOrganizerOnceMembershipServiceAnnouncesIt() {
        // the replica did not know ITU when the seed ran: the reference waits, then links
        String itu = UUID.randomUUID().toString();
        EventsApi.announceOrganization(itu, "ITU", "International Telecommunication Union", List.of(), 0);
        String igf = seriesEdition("IGF", "2025").getString("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> itu.equals(
                given().when().get("/events/" + igf).then().extract().path("sessions[0].organizers[0].id")));
        given().when().get("/events/" + igf).then()
                .body("sessions[0].organizers.acronym", contains("ITU"))
                .body("sessions[0].organizers.name", contains("International Telecommunication Union"));
        given().when().get("/organizations/" + itu + "/events").then().statusCode(200)
                .body("items.id", contains(igf));
    }

    @Test
    void seedingWentThroughTheServiceAndPublishedEvents() {
        String meeting = seriesEdition("UNGIS meeting", "22").getString("id");
        try (TopicReader topic = TopicReader.of(ChangeTopic.EVENTS_EVENTS.topicName())) {
            topic.awaitFirst(e -> meeting.equals(e.subject()) && "org.ungis.events.event.scheduled".equals(e.type()),
                    Duration.ofSeconds(30));
            topic.awaitFirst(e -> meeting.equals(e.subject()) && "org.ungis.events.event.held".equals(e.type()),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void seedsOnlyAnEmptyDatabase() {
        seed.onStart(null);
        given().queryParam("series", "IGF").when().get("/events").then().statusCode(200)
                .body("items", hasSize(1));
        given().queryParam("series", "UNGIS meeting").when().get("/events").then().statusCode(200)
                .body("items", hasSize(1));
    }

    private static JsonPath seriesEdition(String series, String edition) {
        List<String> ids = given().queryParam("series", series).queryParam("limit", 200).when().get("/events")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.edition == '" + edition + "' }.id");
        assertThat(ids).hasSize(1);
        return given().when().get("/events/" + ids.get(0)).then().statusCode(200).extract().jsonPath();
    }
}
