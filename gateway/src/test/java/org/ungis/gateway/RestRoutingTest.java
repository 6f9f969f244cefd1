package org.ungis.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.ungis.gateway.GraphQl.secretariat;
import static org.ungis.gateway.GraphQl.uniqueAcronym;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ungis.platform.devtokens.DevTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** /api/{membership,resolutions,events}/** pass through to the services: one base URL for partners. */
@QuarkusTest
@WithTestResource(ServicesTestResource.class)
class RestRoutingTest {

    @Test
    void passesReadsThroughWithTheirQueryStringStatusAndHeaders() {
        given().queryParam("limit", 2).when().get("/api/membership/organizations").then().statusCode(200)
                .contentType(ContentType.JSON).body("items", hasSize(2)).body("nextCursor", notNullValue());
        given().when().get("/api/membership/organizations/ITU").then().statusCode(200)
                .header("ETag", notNullValue()).body("acronym", equalTo("ITU"));
        given().when().get("/api/events/calendar/events.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).body(containsString("BEGIN:VCALENDAR"));
        given().queryParam("q", "road map").when().get("/api/resolutions/search").then().statusCode(200);
    }

    @Test
    void forwardsTheAuthorizationHeaderAndTheBody() {
        String acronym = uniqueAcronym();
        secretariat().body(Map.of("acronym", acronym, "name", "Routed " + acronym, "classification", "OTHER"))
                .when().post("/api/membership/organizations").then().statusCode(201)
                .header("Location", containsString("/organizations/")).body("acronym", equalTo(acronym));
        given().contentType(ContentType.JSON).body(Map.of("acronym", uniqueAcronym(), "name", "No token",
                "classification", "OTHER")).when().post("/api/membership/organizations").then().statusCode(401);
        given().auth().oauth2(DevTokens.partner(java.util.UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Map.of("acronym", uniqueAcronym(), "name", "Partner", "classification", "OTHER"))
                .when().post("/api/membership/organizations").then().statusCode(403);
    }

    @Test
    void keepsTheServicesProblemDetails() {
        given().queryParam("limit", "lots").when().get("/api/events/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"))
                .body("instance", equalTo("/api/events/events"));
        given().when().get("/api/resolutions/documents/NO/SUCH/SYMBOL").then().statusCode(404)
                .contentType("application/problem+json")
                // the address as the partner asked for it, not as the service saw it
                .body("instance", equalTo("/api/resolutions/documents/NO/SUCH/SYMBOL"));
    }

    @Test
    void servesTheServicesOpenApiDocuments() {
        given().when().get("/api/membership/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("UNGIS membership API"));
        given().when().get("/api/resolutions/q/openapi?format=json").then().statusCode(200)
                .body("paths", notNullValue());
        given().when().get("/api/events/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/organizations/events'", notNullValue());
    }

    @Test
    void answersUnknownAddressesWithProblemDetails() {
        given().when().get("/api/unknown/things").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/not-found"));
        given().when().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
