package org.ungis.resolutions.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class DocumentResourceTest {

    @Test
    void registersADocumentFindsItBySymbolAndPublishesItsCloudEvent() {
        String number = Integer.toString(100 + (int) (Math.random() * 1_000_000));
        String symbol = "E/2025/" + number + "\u2013E/CN.16/2025/4";
        String id = given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("symbol", symbol, "title", "Assessment of the progress made", "issuingBody", "ECOSOC",
                        "documentType", "REPORT", "adoptedOn", "2025-07-29"))
                .when().post("/documents")
                .then().statusCode(201)
                .body("symbol", equalTo(symbol))
                .extract().path("id");

        given().when().get("/documents/e/2025/" + number + "-e/cn.16/2025/4")
                .then().statusCode(200).body("id", equalTo(id));
        given().when().get("/documents/" + id).then().statusCode(200).body("symbol", equalTo(symbol));

        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_DOCUMENTS.topicName())) {
            PublishedEvent event = topic.awaitFirst(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertThat(event.type()).isEqualTo("org.ungis.resolutions.document.created");
            assertThat(event.header("ce_source")).isEqualTo("/ungis/resolutions-service");
            assertThat(event.value()).contains("\"adoptedOn\":\"2025-07-29\"", "\"version\":0");
        }
    }

    @Test
    void registersADocumentWhoseSymbolIsNotKnownYet() {
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("title", "ECOSOC resolution on WSIS (2025) " + UUID.randomUUID(), "issuingBody", "ECOSOC",
                        "documentType", "RESOLUTION"))
                .when().post("/documents")
                .then().statusCode(201)
                .body("symbol", equalTo(null));
    }

    @Test
    void refusesASecondDocumentWithTheSameSymbol() {
        String symbol = "A/RES/" + UUID.randomUUID().toString().substring(0, 6) + "/1";
        String id = given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("symbol", symbol, "title", "First", "issuingBody", "UN General Assembly",
                        "documentType", "RESOLUTION"))
                .when().post("/documents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("symbol", " " + symbol.toLowerCase(), "title", "Second", "issuingBody", "UN General Assembly",
                        "documentType", "RESOLUTION"))
                .when().post("/documents")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/duplicate-symbol"));
        given().when().get("/documents/" + symbol).then().statusCode(200)
                .body("id", equalTo(id)).body("title", equalTo("First"));
    }

    @Test
    void refusesWritesWithoutTheSecretariatRoleAndUnknownDocuments() {
        String symbol = "A/RES/" + UUID.randomUUID().toString().substring(0, 6) + "/2";
        Map<String, String> body = Map.of("symbol", symbol, "title", "T", "issuingBody", "B", "documentType", "DECISION");
        given().contentType(ContentType.JSON).body(body).when().post("/documents")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON).body(body)
                .when().post("/documents").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/documents/" + symbol).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/not-found"));
        for (String path : new String[] { "/paragraphs", "/references", "/diff?from=1" }) {
            given().when().get("/documents/" + symbol + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRegistersOnce() {
        String symbol = "A/RES/" + UUID.randomUUID().toString().substring(0, 6) + "/3";
        Map<String, String> body = Map.of("symbol", symbol, "title", "Once", "issuingBody", "ECOSOC", "documentType",
                "DECISION");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/documents")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.secretariat()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/documents")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("symbols", symbol).when().get("/documents").then()
                .body("items.id", org.hamcrest.Matchers.contains(first));
    }
}
