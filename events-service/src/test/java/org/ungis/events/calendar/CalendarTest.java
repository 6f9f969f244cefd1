package org.ungis.events.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ungis.events.EventsApi.event;
import static org.ungis.events.EventsApi.knownOrganization;
import static org.ungis.events.EventsApi.scheduled;
import static org.ungis.events.EventsApi.secretariat;
import static org.ungis.events.EventsApi.unique;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** The feed as a calendar client reads it: parsed back with ical4j. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class CalendarTest {

    @Test
    void writesDayPrecisionAsAllDayEventsWithStableUidAndRisingSequence() throws Exception {
        String itu = knownOrganization(unique("ITU"), "International Telecommunication Union");
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(event(unique("CWG meeting"), "2025-09-09", "2025-09-10"));
        body.put("location", Map.of("city", "Geneva", "countryCode", "CH", "venue", "ITU headquarters"));
        body.put("organizerIds", List.of(itu));
        String id = scheduled(body);

        VEvent first = only(eventIcs(id), "event-" + id + "@ungis.org");
        assertThat(value(first, Property.DTSTART)).isEqualTo("20250909");
        assertThat(first.getRequiredProperty(Property.DTSTART).<Parameter>getParameter(Parameter.VALUE).map(Parameter::getValue))
                .contains("DATE");
        assertThat(value(first, Property.DTEND)).isEqualTo("20250911");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(first, Property.LOCATION)).isEqualTo("ITU headquarters, Geneva, CH");
        assertThat(value(first, Property.DESCRIPTION)).contains("International Telecommunication Union");
        assertThat(first.getProperty(Property.TRANSP)).isEmpty();

        secretariat().when().post("/events/" + id + "/confirmation").then().statusCode(200);
        VEvent second = only(eventIcs(id), "event-" + id + "@ungis.org");
        assertThat(value(second, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(second, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(second, Property.UID)).isEqualTo(value(first, Property.UID));
    }

    @Test
    void writesMonthPrecisionOverTheWholeMonthWithoutBlockingTime() throws Exception {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(event(unique("IGF"), "2025-06-01", "2025-06-30"));
        body.put("datePrecision", "MONTH");
        String id = scheduled(body);
        VEvent igf = only(eventIcs(id), "event-" + id + "@ungis.org");
        assertThat(value(igf, Property.DTSTART)).isEqualTo("20250601");
        assertThat(value(igf, Property.DTEND)).isEqualTo("20250701");
        assertThat(value(igf, Property.TRANSP)).isEqualTo("TRANSPARENT");
        assertThat(value(igf, "X-UNGIS-DATE-PRECISION")).isEqualTo("MONTH");
        assertThat(value(igf, Property.DESCRIPTION)).contains("June 2025");
        assertThat(eventIcs(id).validate().getEntries()).isEmpty();
    }

    @Test
    void writesTimedSessionsInTheEventsTimeZoneWithItsDefinition() throws Exception {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(event(unique("UNGIS meeting"), "2025-07-10", "2025-07-11"));
        body.put("timeZone", "Europe/Zurich");
        String id = scheduled(body);
        String session = secretariat().body(Map.of("title", "High-Level meeting", "date", "2025-07-10",
                "startTime", "10:00", "endTime", "12:30"))
                .when().post("/events/" + id + "/sessions").then().statusCode(201).extract().path("sessions[0].id");
        secretariat().body(Map.of("title", "Working-Level meeting", "date", "2025-07-11"))
                .when().post("/events/" + id + "/sessions").then().statusCode(201);
        secretariat().body(Map.of("title", "Side event, day unknown"))
                .when().post("/events/" + id + "/sessions").then().statusCode(201);

        Calendar calendar = eventIcs(id);
        VEvent timed = only(calendar, "session-" + session + "@ungis.org");
        Property start = timed.getRequiredProperty(Property.DTSTART);
        assertThat(start.getValue()).isEqualTo("20250710T100000");
        assertThat(start.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Zurich");
        assertThat(value(timed, Property.DTEND)).isEqualTo("20250710T123000");
        assertThat(value(timed, Property.RELATED_TO)).isEqualTo("event-" + id + "@ungis.org");
        assertThat(value(timed, Property.SEQUENCE)).isEqualTo("3");
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).extracting(zone -> value(zone, Property.TZID)).containsExactly("Europe/Zurich");
        // the event, two dated sessions; the session without a date is left out
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(3);
        // a subscribable calendar, valid as RFC 5545 says (no iTIP METHOD that would ask for more)
        assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
        assertThat(calendar.validate().getEntries()).isEmpty();
    }

    @Test
    void feedTakesTheListFilters() throws Exception {
        String series = unique("Feed series");
        java.util.HashMap<String, Object> igf = new java.util.HashMap<>(event(unique("IGF"), "2032-06-01", "2032-06-02"));
        igf.put("series", series);
        igf.put("kind", "IGF");
        String igfId = scheduled(igf);
        java.util.HashMap<String, Object> other = new java.util.HashMap<>(event(unique("Other"), "2032-05-01", "2032-05-01"));
        other.put("series", series);
        String otherId = scheduled(other);

        Calendar all = parse(given().queryParam("series", series).when().get("/calendar/events.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString());
        assertThat(all.<VEvent>getComponents(Component.VEVENT)).extracting(event -> value(event, Property.UID))
                .containsExactly("event-" + otherId + "@ungis.org", "event-" + igfId + "@ungis.org");
        assertThat(all.validate().getEntries()).isEmpty();
        Calendar onlyIgf = parse(given().queryParam("series", series).queryParam("kind", "IGF")
                .when().get("/calendar/events.ics").then().statusCode(200).extract().asString());
        assertThat(onlyIgf.<VEvent>getComponents(Component.VEVENT)).extracting(event -> value(event, Property.UID))
                .containsExactly("event-" + igfId + "@ungis.org");
        given().queryParam("from", "yesterday").when().get("/calendar/events.ics").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void answersAnUnknownEventWithNotFound() {
        given().when().get("/calendar/events/" + UUID.randomUUID() + ".ics").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Calendar eventIcs(String id) throws IOException, ParserException {
        return parse(given().when().get("/calendar/events/" + id + ".ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString());
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent only(Calendar calendar, String uid) {
        List<VEvent> matching = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> uid.equals(value(event, Property.UID))).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String value(Component component, String property) {
        Optional<Property> found = component.getProperty(property);
        return found.map(Property::getValue).orElse(null);
    }
}
