package org.ungis.membership;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.ungis.platform.devtokens.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The membership API as the secretariat calls it, for tests that need data of their own. */
public final class MembershipApi {
    private MembershipApi() {
    }

    public static RequestSpecification secretariat() {
        return given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON);
    }

    public static String uniqueAcronym() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new organization, not yet taking part in UNGIS; returns its id. */
    public static String createOrganization(String acronym) {
        return secretariat()
                .body(Map.of("acronym", acronym, "name", "Test organization " + acronym, "classification", "OTHER"))
                .when().post("/organizations")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse admit(String key, String status, String since) {
        return secretariat().body(since == null ? Map.of("status", status) : Map.of("status", status, "since", since))
                .when().post("/organizations/" + key + "/admission").then();
    }

    /** A new organization taking part from {@code since}; returns its id. */
    public static String participant(String status, String since) {
        String id = createOrganization(uniqueAcronym());
        admit(id, status, since).statusCode(200);
        return id;
    }

    public static long version(String key) {
        return ((Number) given().when().get("/organizations/" + key).then().statusCode(200).extract().path("version"))
                .longValue();
    }
}
