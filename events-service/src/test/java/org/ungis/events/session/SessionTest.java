package org.ungis.events.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.knownOrganization;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.snapshot;
import static org.ungis.events.EventsApi.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class SessionTest {

    @Test
    void addsSegmentsWithTheirOrganizationsAndRaisesTheEventsVersion() {
        String itu = knownOrganization(unique("ITU"), "International Telecommunication Union");
        String unctad = knownOrganization(unique("UNCTAD"), "United Nations Conference on Trade and Development");
        String meeting = meeting("Europe/Zurich");
        addSession(meeting, Map.of("title", "High-Level meeting", "date", "2025-07-10", "startTime", "10:00",
                "endTime", "12:30", "organizerIds", List.of(unctad), "participantIds", List.of(itu, unctad),
                "summary", "Chaired by UNCTAD"))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/events/" + meeting))
                .body("version", equalTo(1))
                .body("sessions[0].title", equalTo("High-Level meeting"))
                .body("sessions[0].startTime", equalTo("10:00:00"))
                .body("sessions[0].organizers.name", contains("United Nations Conference on Trade and Development"))
                .body("sessions[0].participants.id", contains(itu, unctad));
        addSession(meeting, Map.of("title", "Working-Level meeting", "date", "2025-07-11")).statusCode(201)
                .body("sessions.title", contains("High-Level meeting", "Working-Level meeting"))
                .body("version", equalTo(2));
    }

    @Test
    void refusesASessionOutsideTheEventOrBackwardsAndChangesNothing() {
        String meeting = meeting("Europe/Zurich");
        String before = snapshot(meeting);
        addSession(meeting, Map.of("title", "Too late", "date", "2025-07-12")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/session-outside-event"))
                .body("errors[0].field", equalTo("date"));
        addSession(meeting, Map.of("title", "Backwards", "date", "2025-07-10", "startTime", "12:00", "endTime", "11:00"))
                .statusCode(422).body("type", equalTo("https://ungis.org/problems/invalid-time-range"));
        addSession(meeting, Map.of("title", "Timeless day", "startTime", "12:00"))
                .statusCode(422).body("type", equalTo("https://ungis.org/problems/date-required"));
        addSession(meeting, Map.of("title", "Stranger", "organizerIds", List.of(UUID.randomUUID().toString())))
                .statusCode(422).body("type", equalTo("https://ungis.org/problems/unknown-organization"))
                .body("errors[0].field", equalTo("organizerIds"));
        addSession(meeting, Map.of("title", "")).statusCode(400).body("errors[0].field", equalTo("title"));
        assertThat(snapshot(meeting)).isEqualTo(before);
    }

    @Test
    void refusesTimesWithoutTheEventsTimeZone() {
        String meeting = meeting(null);
        String before = snapshot(meeting);
        addSession(meeting, Map.of("title", "Timed", "date", "2025-07-10", "startTime", "10:00"))
                .statusCode(422).body("type", equalTo("https://ungis.org/problems/time-zone-required"));
        assertThat(snapshot(meeting)).isEqualTo(before);
    }

    @Test
    void refusesToDropTheTimeZoneWhileSessionsHaveTimes() {
        String title = unique("UNGIS meeting");
        Map<String, Object> body = new HashMap<>(event(title, "2025-07-10", "2025-07-11"));
        body.put("timeZone", "Europe/Zurich");
        String meeting = scheduled(body);
        addSession(meeting, Map.of("title", "Timed", "date", "2025-07-10", "startTime", "10:00")).statusCode(201);
        String before = snapshot(meeting);
        body.remove("timeZone");
        secretariat().body(body).when().put("/events/" + meeting).then().statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/time-zone-required"))
                .body("errors[0].field", equalTo("timeZone"));
        assertThat(snapshot(meeting)).isEqualTo(before);
    }

    @Test
    void refusesToRescheduleAnEventAwayFromItsSessions() {
        String meeting = meeting("Europe/Zurich");
        addSession(meeting, Map.of("title", "Day two", "date", "2025-07-11")).statusCode(201);
        String before = snapshot(meeting);
        secretariat().body(Map.of("startDate", "2025-07-01", "endDate", "2025-07-02"))
                .when().post("/events/" + meeting + "/reschedule")
                .then().statusCode(422).body("type", equalTo("https://ungis.org/problems/session-outside-event"));
        assertThat(snapshot(meeting)).isEqualTo(before);
    }

    private static String meeting(String timeZone) {
        Map<String, Object> body = new HashMap<>(event(unique("UNGIS meeting"), "2025-07-10", "2025-07-11"));
        if (timeZone != null) {
            body.put("timeZone", timeZone);
        }
        return scheduled(body);
    }

    private static ValidatableResponse addSession(String eventId, Map<String, Object> session) {
        return secretariat().body(session).when().post("/events/" + eventId + "/sessions").then();
    }
}
