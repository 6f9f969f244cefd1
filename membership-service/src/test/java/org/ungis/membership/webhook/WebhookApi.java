package org.ungis.membership.webhook;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ungis.platform.devtokens.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The webhook API as a partner calls it, for tests. */
final class WebhookApi {
    private WebhookApi() {
    }

    static RequestSpecification partner(String organizationId) {
        return given().auth().oauth2(DevTokens.partner(organizationId)).contentType(ContentType.JSON);
    }

    static Map<String, Object> request(String url, List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        body.put("description", "test endpoint");
        return body;
    }

    /** Subscribes {@code url} for the organization; returns id and secret. */
    static Subscribed subscribe(String organizationId, String url, List<String> eventTypes) {
        ValidatableResponse created = partner(organizationId).body(request(url, eventTypes))
                .when().post("/webhook-subscriptions").then().statusCode(201);
        return new Subscribed(created.extract().path("subscription.id"), created.extract().path("secret"));
    }

    record Subscribed(String id, String secret) {
    }
}
