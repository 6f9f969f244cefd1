package org.ungis.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ungis.platform.devtokens.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.ungis.testing.UniqueWords;

/** The platform as a client sees it: the gateway's REST routes and GraphQL, nothing else. */
final class Gateway {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Gateway() {
    }

    static RequestSpecification anonymous() {
        return given().baseUri(E2ePlatform.get().gatewayUrl()).contentType(ContentType.JSON);
    }

    static RequestSpecification secretariat() {
        return anonymous().auth().oauth2(DevTokens.secretariat());
    }

    static RequestSpecification partner(String organizationId) {
        return anonymous().auth().oauth2(DevTokens.partner(organizationId));
    }

    /** A GraphQL answer (status 200), data and errors both. */
    static JsonPath graphql(String query) {
        return graphql(query, Map.of());
    }

    static JsonPath graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return anonymous().body(body).when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    static String uniqueAcronym(String prefix) {
        return UniqueWords.acronym(prefix);
    }

    /** A new organization, not yet taking part; returns its id. */
    static String createOrganization(String acronym) {
        return secretariat().body(Map.of("acronym", acronym, "name", "End-to-end organization " + acronym,
                "classification", "OTHER")).when().post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * An event the organization takes part in, scheduled as soon as events-service's replica knows
     * the organization (until then it refuses an unknown participant); returns its id.
     */
    static String eventOnceKnown(String title, String participantId) {
        return org.awaitility.Awaitility.await("events-service knows " + participantId).atMost(PATIENCE)
                .until(() -> secretariat().body(Map.of("title", title, "kind", "OTHER", "startDate", "2030-06-01",
                        "endDate", "2030-06-02", "participantIds", List.of(participantId)))
                        .when().post("/api/events/events").then().extract(), response -> response.statusCode() == 201)
                .path("id");
    }

    /** A published document whose only paragraph reads {@code text}; returns its symbol. */
    static String document(String text) {
        String symbol = "E2E/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/1";
        secretariat().body(Map.of("symbol", symbol, "title", "End-to-end resolution", "issuingBody", "ECOSOC",
                "documentType", "RESOLUTION", "adoptedOn", "2026-07-29"))
                .when().post("/api/resolutions/documents").then().statusCode(201);
        secretariat().body(Map.of("paragraphs", List.of(Map.of("kind", "OPERATIVE", "number", "1", "text", text))))
                .when().post("/api/resolutions/documents/" + symbol + "/versions").then().statusCode(201);
        return symbol;
    }
}
