package org.ungis.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.gateway.GraphQl.query;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ungis.gateway.downstream.Service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With events-service stopped, queries answer with the others' data and an error for what is missing. */
@QuarkusTest
@WithTestResource(ServicesTestResource.class)
class PartialResultsTest {

    @Test
    void answersWithTheOtherServicesDataWhenOneIsDown() {
        ServicesTestResource.stop(Service.EVENTS);
        try {
            query("""
                    {
                      organizations(first: 3) { nodes { acronym events { title } mentionedIn { address } } }
                      currentPosts { kind }
                      events(first: 3) { nodes { title } }
                    }""")
                    .body("data.organizations.nodes", hasSize(3))
                    .body("data.organizations.nodes.acronym", everyItem(notNullValue()))
                    .body("data.organizations.nodes.events", everyItem(nullValue()))
                    .body("data.organizations.nodes.mentionedIn", everyItem(notNullValue()))
                    .body("data.currentPosts.kind", hasItem("CHAIR"))
                    .body("data.events", nullValue())
                    .body("errors.extensions.service", everyItem(equalTo("events-service")))
                    .body("errors.extensions.problem.status", everyItem(equalTo(502)))
                    .body("errors.path", hasItem(java.util.List.of("events")));

            given().when().get("/api/events/events").then().statusCode(502)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ungis.org/problems/bad-gateway"))
                    .body("detail", equalTo("events-service could not be reached."));
            // after repeated failures the breaker rests the service instead of trying it again each time
            for (int i = 0; i < 5; i++) {
                given().when().get("/api/events/events");
            }
            given().when().get("/api/events/events").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ungis.org/problems/service-unavailable"));
            given().when().get("/api/membership/organizations?limit=1").then().statusCode(200);
        } finally {
            ServicesTestResource.restart(Service.EVENTS);
        }
        // the breaker lets a trial through after its rest and closes again
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().when().get("/api/events/events?limit=1").statusCode() == 200);
        query("{ events(first: 1) { nodes { title } } }").body("errors", nullValue()).body("data.events.nodes", hasSize(1));
    }
}
