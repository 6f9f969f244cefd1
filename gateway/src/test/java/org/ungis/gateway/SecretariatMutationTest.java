package org.ungis.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.gateway.GraphQl.as;
import static org.ungis.gateway.GraphQl.query;
import static org.ungis.gateway.GraphQl.uniqueAcronym;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.platform.devtokens.DevTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Mutations go to the owning service with the caller's token; its problem details come back in the error. */
@QuarkusTest
@WithTestResource(ServicesTestResource.class)
class SecretariatMutationTest {
    private static final String CREATE = """
            mutation($input: OrganizationInput!) { createOrganization(organization: $input) { id acronym status } }""";

    @Test
    void forwardsTheSecretariatsTokenAndAnswersWithTheNewOrganization() {
        String acronym = uniqueAcronym();
        String id = as(DevTokens.secretariat(), CREATE, Map.of("input", Map.of("acronym", acronym,
                "name", "Created through GraphQL", "classification", "OTHER"))).body("errors", nullValue())
                .body("data.createOrganization.acronym", equalTo(acronym))
                .extract().path("data.createOrganization.id");
        as(DevTokens.secretariat(), "mutation($key: String!) { admitOrganization(key: $key, status: \"OBSERVER\") { status } }",
                Map.of("key", acronym)).body("errors", nullValue())
                .body("data.admitOrganization.status", equalTo("OBSERVER"));
        given().when().get("/api/membership/organizations/" + id).then().statusCode(200).body("status", equalTo("OBSERVER"));
    }

    @Test
    void refusesWritesWithoutAToken() {
        String acronym = uniqueAcronym();
        query(CREATE, Map.of("input", Map.of("acronym", acronym, "name", "No token", "classification", "OTHER")))
                .body("data.createOrganization", nullValue())
                .body("errors[0].extensions.service", equalTo("membership-service"))
                .body("errors[0].extensions.problem.status", equalTo(401));
        assertNoOrganization(acronym);
    }

    @Test
    void refusesWritesWithAPartnerToken() {
        String acronym = uniqueAcronym();
        as(DevTokens.partner(UUID.randomUUID().toString()), CREATE, Map.of("input", Map.of("acronym", acronym,
                "name", "Partner token", "classification", "OTHER")))
                .body("errors[0].extensions.problem.status", equalTo(403));
        assertNoOrganization(acronym);
    }

    @Test
    void keepsTheServicesFieldErrors() {
        String acronym = uniqueAcronym();
        as(DevTokens.secretariat(), CREATE, Map.of("input", Map.of("acronym", acronym, "name", "Bad site",
                "classification", "OTHER", "website", "not a url")))
                .body("errors[0].extensions.problem.status", equalTo(400))
                .body("errors[0].extensions.problem.type", equalTo("https://ungis.org/problems/validation"))
                .body("errors[0].extensions.problem.errors.field", hasItem(org.hamcrest.Matchers.containsString("website")));
        as(DevTokens.secretariat(), CREATE, Map.of("input", Map.of("acronym", acronym, "name", "Bad class",
                "classification", "PLANET"))).body("errors[0].extensions.problem.status", equalTo(400));
        assertNoOrganization(acronym);
        // a missing required input field is refused by the schema before any service is called
        as(DevTokens.secretariat(), CREATE, Map.of("input", Map.of("acronym", acronym)))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("name"));
    }

    private static void assertNoOrganization(String acronym) {
        given().when().get("/api/membership/organizations/" + acronym).then().statusCode(404);
    }
}
