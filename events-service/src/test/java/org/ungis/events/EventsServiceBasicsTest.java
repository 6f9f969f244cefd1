package org.ungis.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ServiceBasicsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventsServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String documentedPath() {
        return "/events";
    }

    @Test
    void documentsEveryEndpointAndTheEventWithItsContents() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/events/{id}"))
                .body("paths", hasKey("/events/{id}/sessions"))
                .body("paths", hasKey("/events/{id}/outcomes"))
                .body("paths", hasKey("/events/{id}/reschedule"))
                .body("paths", hasKey("/organizations/{id}/events"))
                .body("paths", hasKey("/calendar/events.ics"))
                .body("paths.'/calendar/events.ics'.get.responses.'200'.content", hasKey("text/calendar"))
                .body("paths.'/events'.get.parameters.name", hasItems("from", "to", "kind", "status", "participant",
                        "series", "ids", "updatedSince", "limit", "cursor"))
                .body("paths.'/events/{id}'.put.security[0]", hasKey("jwt"))
                // the event's own fields sit beside its contents, as the response has them
                .body("components.schemas.EventWithContents.properties", hasKey("sessions"))
                .body("components.schemas.EventWithContents.properties", hasKey("title"))
                .body("components.schemas.Event.properties.datePrecision.$ref", equalTo("#/components/schemas/DatePrecision"));
    }
}
