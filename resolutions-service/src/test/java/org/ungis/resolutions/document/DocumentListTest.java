package org.ungis.resolutions.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ungis.resolutions.ResolutionsApi.createDocument;
import static org.ungis.resolutions.ResolutionsApi.document;
import static org.ungis.resolutions.ResolutionsApi.secretariat;
import static org.ungis.resolutions.ResolutionsApi.unique;
import static org.ungis.resolutions.ResolutionsApi.uniqueSymbol;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Lists, batches, corrections and withdrawal of documents. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class DocumentListTest {

    @Test
    void filtersByBodyTypeYearAndBatchOfSymbols() {
        String body = "Test body " + unique();
        String resolution2024 = uniqueSymbol();
        String resolution2025 = uniqueSymbol();
        String report2025 = uniqueSymbol();
        createDocument(document(resolution2024, body, "RESOLUTION", "2024-12-19"));
        createDocument(document(resolution2025, body, "RESOLUTION", "2025-07-29"));
        createDocument(document(report2025, body, "REPORT", "2025-05-02"));

        given().queryParam("body", body.toUpperCase()).when().get("/documents").then().statusCode(200)
                .body("items.symbol", containsInAnyOrder(resolution2024, resolution2025, report2025));
        given().queryParam("body", body).queryParam("type", "resolution").queryParam("year", 2025)
                .when().get("/documents").then().statusCode(200)
                .body("items.symbol", equalTo(List.of(resolution2025)));
        given().queryParam("symbols", resolution2024.toLowerCase() + ", " + report2025 + ",A/RES/NONE/1")
                .when().get("/documents").then().statusCode(200)
                .body("items.symbol", containsInAnyOrder(resolution2024, report2025));
    }

    @Test
    void pagesWithACursorAndUpdatedSince() {
        String body = "Paged body " + unique();
        Instant start = Instant.now();
        for (int i = 0; i < 3; i++) {
            createDocument(document(uniqueSymbol(), body, "DECISION", null));
        }
        String cursor = given().queryParam("body", body).queryParam("limit", 2).when().get("/documents")
                .then().statusCode(200).body("items", hasSize(2)).extract().path("nextCursor");
        given().queryParam("body", body).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/documents")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", equalTo(null));
        given().queryParam("body", body).queryParam("updatedSince", start.minusSeconds(1).toString())
                .when().get("/documents").then().body("items", hasSize(3));
        given().queryParam("body", body).queryParam("updatedSince", Instant.now().plusSeconds(60).toString())
                .when().get("/documents").then().body("items", hasSize(0));
    }

    @Test
    void refusesBadFilterValues() {
        given().queryParam("type", "MEMO").when().get("/documents").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().queryParam("year", "twenty").when().get("/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("mentions", "NO-SUCH-ORG-" + unique()).when().get("/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("mentions"));
    }

    @Test
    void documentsWithoutSymbolAreKnownByBodyAndNumberAndGetTheirSymbolLater() {
        String number = unique();
        Map<String, Object> details = new HashMap<>(document(null, "ITU Council", "RESOLUTION", null));
        details.put("title", null);
        details.put("number", number);
        String id = createDocument(details);
        given().queryParam("body", "itu council").queryParam("number", number).when().get("/documents")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        secretariat().body(details).when().post("/documents").then().statusCode(409)
                .body("type", equalTo("https://ungis.org/problems/duplicate-number"));

        String symbol = uniqueSymbol();
        details.put("symbol", symbol);
        secretariat().header("If-Match", "\"0\"").body(details).when().put("/documents/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("symbol", equalTo(symbol))
                .body("version", equalTo(1));
        given().when().get("/documents/" + symbol).then().statusCode(200).body("id", equalTo(id));
        secretariat().header("If-Match", "\"0\"").body(details).when().put("/documents/" + id).then().statusCode(412);

        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_DOCUMENTS.topicName())) {
            topic.awaitFirst(e -> id.equals(e.subject()) && e.type().equals("org.ungis.resolutions.document.updated")
                    && e.value().contains(symbol), Duration.ofSeconds(20));
        }
    }

    @Test
    void refusesADocumentWithNeitherSymbolNumberNorTitle() {
        String body = "Nameless body " + unique();
        Map<String, Object> details = new HashMap<>(document(null, body, "DECISION", null));
        details.put("title", " ");
        secretariat().body(details).when().post("/documents").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/unidentified-document"));
        given().queryParam("body", body).when().get("/documents").then().body("items", hasSize(0));
    }

    @Test
    void withdrawsADocumentWhichThenTakesNoNewText() {
        String symbol = uniqueSymbol();
        String id = createDocument(symbol);
        secretariat().when().post("/documents/" + symbol + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        secretariat().body(Map.of("paragraphs", List.of(Map.of("kind", "OPERATIVE", "number", "1", "text", "x"))))
                .when().post("/documents/" + symbol + "/versions").then().statusCode(409)
                .body("type", equalTo("https://ungis.org/problems/document-withdrawn"));
        given().queryParam("status", "WITHDRAWN").queryParam("symbols", symbol).when().get("/documents")
                .then().body("items.id", equalTo(List.of(id))).body("items[0].versions", hasSize(0));
        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_DOCUMENTS.topicName())) {
            assertThat(topic.awaitFirst(e -> id.equals(e.subject()) && e.type().endsWith(".document.withdrawn"),
                    Duration.ofSeconds(20)).value()).contains("\"status\":\"WITHDRAWN\"");
        }
    }
}
