package org.ungis.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ungis.platform.devtokens.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.ungis.testing.UniqueWords;

/** GraphQL requests to the gateway under test, and data made through its REST routes. */
final class GraphQl {
    private GraphQl() {
    }

    static ValidatableResponse query(String query) {
        return post(given(), query, Map.of());
    }

    static ValidatableResponse query(String query, Map<String, Object> variables) {
        return post(given(), query, variables);
    }

    static ValidatableResponse as(String token, String query, Map<String, Object> variables) {
        return post(given().auth().oauth2(token), query, variables);
    }

    private static ValidatableResponse post(RequestSpecification request, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return request.contentType(ContentType.JSON).body(body).when().post("/graphql").then().statusCode(200);
    }

    static RequestSpecification secretariat() {
        return given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON);
    }

    static String uniqueAcronym() {
        return UniqueWords.acronym("G");
    }

    /** An organization admitted as a member, through the gateway's REST route to membership-service. */
    static String member(String acronym) {
        String id = secretariat().body(Map.of("acronym", acronym, "name", "Gateway test organization " + acronym,
                "classification", "OTHER")).when().post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id");
        secretariat().body(Map.of("status", "MEMBER", "since", "2020-01-01"))
                .when().post("/api/membership/organizations/" + id + "/admission").then().statusCode(200);
        return id;
    }

    /** Waits until events-service and resolutions-service know the organization (their replicas). */
    static void awaitReplicas(String id, String acronym) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("mentions", acronym)
                .when().get("/api/resolutions/documents").statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .when().get("/api/events/organizations/" + id + "/events").statusCode() == 200);
    }

    /** An event the organizations take part in, through events-service. */
    static String event(String title, List<String> participants) {
        return secretariat().body(Map.of("title", title, "kind", "OTHER", "startDate", "2030-06-01",
                "endDate", "2030-06-02", "participantIds", participants))
                .when().post("/api/events/events").then().statusCode(201).extract().path("id");
    }

    /** A document whose only paragraph names the acronyms, through resolutions-service. */
    static String documentNaming(String... acronyms) {
        String symbol = "GW/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/1";
        secretariat().body(Map.of("symbol", symbol, "title", "Gateway test resolution", "issuingBody", "ECOSOC",
                "documentType", "RESOLUTION", "adoptedOn", "2025-07-29"))
                .when().post("/api/resolutions/documents").then().statusCode(201);
        secretariat().body(Map.of("paragraphs", List.of(Map.of("kind", "OPERATIVE", "number", "1",
                "text", "Invites " + String.join(" and ", acronyms) + " to cooperate;"))))
                .when().post("/api/resolutions/documents/" + symbol + "/versions").then().statusCode(201);
        return symbol;
    }
}
