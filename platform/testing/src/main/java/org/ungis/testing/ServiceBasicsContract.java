package org.ungis.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every service answers the same way: health, metrics, its OpenAPI document, and problem
 * details for an address it does not serve. A service's test extends this with
 * {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

    /** A path the service's OpenAPI document must list and the secretariat may POST to, e.g. {@code /organizations}. */
    protected abstract String documentedPath();

    @Test
    void reportsHealthy() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    /** Whether the service reads other services' change events (and so reports its consumers' lag). */
    protected boolean consumesChangeEvents() {
        return true;
    }

    @Test
    void servesPrometheusMetricsIncludingOutboxAndConsumerLag() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        // what operators alert on: the outbox, the producer's errors and, where it consumes, its lag
        assertThat(metrics).contains("ungis_outbox_pending", "jvm_memory_used_bytes", "kafka_producer_record_error_total");
        if (consumesChangeEvents()) {
            assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        } else {
            assertThat(metrics).doesNotContain("kafka_consumer_fetch_manager");
        }
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("paths", org.hamcrest.Matchers.hasKey(documentedPath()))
                // writes name the bearer scheme the document defines
                .body("components.securitySchemes.jwt.scheme", org.hamcrest.Matchers.equalTo("bearer"))
                // every operation documents its problem responses
                .body("components.schemas.Problem.required", org.hamcrest.Matchers.hasItems("type", "status"))
                .body("paths.'" + documentedPath() + "'.get.responses.'4XX'.content.'application/problem+json'.schema.$ref",
                        org.hamcrest.Matchers.equalTo("#/components/schemas/Problem"));
    }

    @Test
    void checksABearerTokenInFullOnceAndThenTakesItAsVerified() {
        // a subject of its own, so no earlier request of the test run has shown this token
        String token = org.ungis.platform.devtokens.DevTokens.forRoles("contract-" + java.util.UUID.randomUUID(),
                java.util.Set.of("secretariat"), null);
        double before = verifications();
        // a write of nothing to the documented path: authenticated, then refused as invalid
        for (int request = 0; request < 3; request++) {
            given().auth().oauth2(token).contentType("application/json").body("{}").when().post(documentedPath())
                    .then().statusCode(400);
        }
        given().auth().oauth2(token + "x").contentType("application/json").body("{}").when().post(documentedPath())
                .then().statusCode(401);
        assertThat(verifications() - before).as("full checks: the token once, the forged one once").isEqualTo(2);
    }

    private static double verifications() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("ungis_security_token_verifications_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void answersAnUnknownAddressWithProblemDetails() {
        given().when().get("/no/such/address")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/address"));
    }
}
