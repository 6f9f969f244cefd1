package org.ungis.testing;

import static io.restassured.RestAssured.given;
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

    /** A path the service's OpenAPI document must list, e.g. {@code /organizations}. */
    protected abstract String documentedPath();

    @Test
    void reportsHealthy() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void servesPrometheusMetricsIncludingOutboxAndConsumerLag() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("ungis_outbox_pending"))
                .body(containsString("jvm_memory_used_bytes"))
                // what operators alert on besides the outbox: consumer lag, and the producer's errors
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"))
                .body(containsString("kafka_producer_record_error_total"));
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
    void answersAnUnknownAddressWithProblemDetails() {
        given().when().get("/no/such/address")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/address"));
    }
}
