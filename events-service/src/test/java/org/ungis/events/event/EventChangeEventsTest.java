package org.ungis.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every change of an event reaches Kafka as a CloudEvent with the event's full state and version. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventChangeEventsTest {

    @Test
    void publishesEachChangeInOrderWithRisingVersions() {
        Map<String, Object> body = event(unique("Lifecycle"), "2025-03-03", "2025-03-04");
        String id = scheduled(body);
        body.put("title", "Lifecycle, renamed");
        secretariat().body(body).when().put("/events/" + id).then().statusCode(200);
        secretariat().body(Map.of("startDate", "2025-03-05", "endDate", "2025-03-06"))
                .when().post("/events/" + id + "/reschedule").then().statusCode(200);
        secretariat().body(Map.of("title", "Opening", "date", "2025-03-05"))
                .when().post("/events/" + id + "/sessions").then().statusCode(201);
        secretariat().body(Map.of("kind", "INPUT", "title", "Input", "points", List.of("One", "Two")))
                .when().post("/events/" + id + "/outcomes").then().statusCode(201);
        secretariat().when().post("/events/" + id + "/held").then().statusCode(200);
        String cancelled = scheduled(event(unique("Called off"), "2025-03-03", "2025-03-03"));
        secretariat().when().post("/events/" + cancelled + "/cancellation").then().statusCode(200);

        try (TopicReader topic = TopicReader.of(ChangeTopic.EVENTS_EVENTS.topicName())) {
            List<PublishedEvent> events = topic.awaitCount(e -> id.equals(e.subject()), 6, Duration.ofSeconds(30));
            assertThat(events).extracting(PublishedEvent::type).containsExactly(
                    "org.ungis.events.event.scheduled",
                    "org.ungis.events.event.updated",
                    "org.ungis.events.event.rescheduled",
                    "org.ungis.events.event.updated",
                    "org.ungis.events.event.outcome_recorded",
                    "org.ungis.events.event.held");
            for (int version = 0; version < events.size(); version++) {
                assertThat(events.get(version).value()).contains("\"version\":" + version);
            }
            assertThat(events.get(5).value()).contains("\"status\":\"HELD\"", "\"startDate\":\"2025-03-05\"",
                    "\"title\":\"Opening\"", "\"points\":[\"One\",\"Two\"]", "\"datePrecision\":\"DAY\"");
            PublishedEvent cancellation = topic.awaitFirst(e -> cancelled.equals(e.subject())
                    && "org.ungis.events.event.cancelled".equals(e.type()), Duration.ofSeconds(30));
            assertThat(cancellation.value()).contains("\"status\":\"CANCELLED\"", "\"version\":1");
        }
    }
}
