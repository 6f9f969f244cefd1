package org.ungis.resolutions.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.ungis.resolutions.ResolutionsApi.addVersion;
import static org.ungis.resolutions.ResolutionsApi.createDocument;
import static org.ungis.resolutions.ResolutionsApi.operative;
import static org.ungis.resolutions.ResolutionsApi.preambular;
import static org.ungis.resolutions.ResolutionsApi.secretariat;
import static org.ungis.resolutions.ResolutionsApi.uniqueSymbol;
import static org.ungis.resolutions.ResolutionsApi.version;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.devtokens.DevTokens;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Texts of a document: versions with labels, addressable paragraphs, diffs, and the numbering rules. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class DocumentVersionTest {

    @Test
    void publishesThenRevisesAndKeepsEarlierVersionsReadable() {
        String symbol = uniqueSymbol();
        String id = createDocument(symbol);
        addVersion(symbol, version(null,
                preambular("Recalling its resolution 70/125,"),
                operative("1", "Decides to continue the review;"),
                operative("2", "Requests a report;")));
        addVersion(symbol, version("Rev. 1",
                preambular("Recalling its resolution 70/125,"),
                operative("1", "Decides to conclude the review;"),
                operative("3", "Invites the United Nations Group on the Information Society to report;")));

        given().when().get("/documents/" + symbol).then().statusCode(200)
                .body("versions.number", contains(1, 2))
                .body("versions.label", contains(null, "Rev. 1"))
                .body("versions.paragraphCount", contains(3, 3))
                .body("text.number", equalTo(2))
                .body("text.label", equalTo("Rev. 1"));
        given().queryParam("version", "1").when().get("/documents/" + symbol).then().statusCode(200)
                .body("text.number", equalTo(1));

        given().when().get("/documents/" + symbol + "/paragraphs").then().statusCode(200)
                .body("anchor", contains("preamble_1", "para_1", "para_3"))
                .body("[1].address", equalTo(symbol + "#para_1"))
                .body("[1].text", equalTo("Decides to conclude the review;"));
        given().queryParam("version", "1").when().get("/documents/" + id + "/paragraphs").then().statusCode(200)
                .body("number", contains(null, "1", "2"))
                .body("[1].text", equalTo("Decides to continue the review;"));
        given().queryParam("version", "rev. 1").when().get("/documents/" + symbol + "/paragraphs").then()
                .statusCode(200).body("[1].text", equalTo("Decides to conclude the review;"));
        given().when().get("/documents/" + symbol + "/paragraphs/para_3").then().statusCode(200)
                .body("address", equalTo(symbol + "#para_3")).body("kind", equalTo("OPERATIVE"));
        given().queryParam("version", "1").when().get("/documents/" + symbol + "/paragraphs/2").then().statusCode(200)
                .body("text", equalTo("Requests a report;"));
        given().when().get("/documents/" + symbol + "/paragraphs/2").then().statusCode(404)
                .contentType("application/problem+json");

        given().queryParam("from", "1").queryParam("to", "2").when().get("/documents/" + symbol + "/diff")
                .then().statusCode(200)
                .body("from.number", equalTo(1)).body("to.label", equalTo("Rev. 1"))
                .body("changes.anchor", contains("para_1", "para_3", "para_2"))
                .body("changes.change", contains("CHANGED", "ADDED", "REMOVED"))
                .body("changes[0].before", equalTo("Decides to continue the review;"))
                .body("changes[0].after", equalTo("Decides to conclude the review;"));
        given().queryParam("from", "1").queryParam("unchanged", true).when().get("/documents/" + symbol + "/diff")
                .then().statusCode(200).body("changes", hasSize(4)).body("changes[0].change", equalTo("UNCHANGED"));

        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_DOCUMENTS.topicName())) {
            topic.awaitFirst(e -> id.equals(e.subject()) && e.type().endsWith(".document.published")
                    && e.value().contains("\"latestVersion\":1"), Duration.ofSeconds(20));
            topic.awaitFirst(e -> id.equals(e.subject()) && e.type().endsWith(".document.revised")
                    && e.value().contains("\"latestVersionLabel\":\"Rev. 1\""), Duration.ofSeconds(20));
        }
    }

    @Test
    void addressesSubParagraphsAsPrinted() {
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("5", "Decides:"), operative("5 (a)", "first;"),
                operative("5 (a) (i)", "first of first;"), operative("12 bis", "later;")));
        given().when().get("/documents/" + symbol + "/paragraphs").then().statusCode(200)
                .body("anchor", contains("para_5", "para_5_a", "para_5_a_i", "para_12_bis"))
                .body("number", contains("5", "5 (a)", "5 (a) (i)", "12 bis"));
    }

    @Test
    void refusesMalformedNumberingAndChangesNothing() {
        String symbol = uniqueSymbol();
        createDocument(symbol);
        long before = org.ungis.resolutions.ResolutionsApi.version(symbol);
        secretariat().body(version(null, operative("1", "a"), operative("one", "b"), operative("3", "c"),
                operative("2", "d"), operative("3", "e"), Map.of("kind", "OPERATIVE", "text", "f")))
                .when().post("/documents/" + symbol + "/versions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/malformed-paragraph-numbering"))
                .body("errors.field", contains("paragraphs[1].number", "paragraphs[3].number", "paragraphs[4].number",
                        "paragraphs[5].number"));
        given().when().get("/documents/" + symbol).then().statusCode(200)
                .body("versions", hasSize(0)).body("version", equalTo((int) before));
        given().when().get("/documents/" + symbol + "/paragraphs").then().statusCode(404)
                .body("type", equalTo("https://ungis.org/problems/no-text"));
    }

    @Test
    void refusesAVersionWithoutParagraphsAndChangesNothing() {
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("1", "Decides;")));
        for (Map<String, Object> empty : List.<Map<String, Object>>of(Map.of("label", "Rev. 2", "paragraphs", List.of()),
                Map.of("label", "Rev. 2"))) {
            secretariat().body(empty).when().post("/documents/" + symbol + "/versions")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ungis.org/problems/empty-version"));
        }
        secretariat().body(version(null, Map.of("kind", "OPERATIVE", "number", "2", "text", "  ")))
                .when().post("/documents/" + symbol + "/versions")
                .then().statusCode(400).body("errors.field", hasItem("paragraphs[0].text"));
        given().when().get("/documents/" + symbol).then().statusCode(200)
                .body("versions.number", contains(1));
    }

    @Test
    void refusesVersionsForUnknownDocumentsAndWithoutTheSecretariatRole() {
        String symbol = uniqueSymbol();
        secretariat().body(version(null, operative("1", "x"))).when().post("/documents/" + symbol + "/versions")
                .then().statusCode(404).contentType("application/problem+json");
        createDocument(symbol);
        given().contentType(ContentType.JSON).body(version(null, operative("1", "x")))
                .when().post("/documents/" + symbol + "/versions").then().statusCode(401);
        given().auth().oauth2(DevTokens.partner(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(version(null, operative("1", "x"))).when().post("/documents/" + symbol + "/versions")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/documents/" + symbol).then().statusCode(200).body("versions", hasSize(0));
        given().queryParam("version", "7").when().get("/documents/" + symbol).then().statusCode(404);
        given().queryParam("from", "1").when().get("/documents/" + symbol + "/diff").then().statusCode(404);
        given().when().get("/documents/" + symbol + "/diff").then().statusCode(400)
                .body("errors.field", contains("from"));
    }

    @Test
    void staleIfMatchIsRefused() {
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("1", "x")));
        secretariat().header("If-Match", "\"0\"").body(version("Rev. 1", operative("1", "y")))
                .when().post("/documents/" + symbol + "/versions").then().statusCode(412);
        given().when().get("/documents/" + symbol).then().body("versions", hasSize(1));
    }

    @Test
    void recordsReferencesBothWays() {
        String citing = uniqueSymbol();
        String cited = uniqueSymbol();
        String citingId = createDocument(citing);
        String citedId = createDocument(cited);
        secretariat().body(Map.of("document", cited.toLowerCase(), "note", "Recalled in the preamble"))
                .when().post("/documents/" + citing + "/references").then().statusCode(200)
                .body("cites.document.symbol", contains(cited));
        given().when().get("/documents/" + cited + "/references").then().statusCode(200)
                .body("cites", hasSize(0))
                .body("citedBy.document.id", contains(citingId))
                .body("citedBy[0].note", equalTo("Recalled in the preamble"));
        secretariat().body(Map.of("document", "A/RES/NO/SUCH")).when().post("/documents/" + citing + "/references")
                .then().statusCode(422).body("type", equalTo("https://ungis.org/problems/unknown-document"));
        secretariat().body(Map.of("document", citedId)).when().post("/documents/" + cited + "/references")
                .then().statusCode(422).body("type", equalTo("https://ungis.org/problems/self-citation"));
        given().when().get("/documents/" + citing + "/references").then().body("cites", hasSize(1));
        assertThat(given().when().get("/documents/" + citing + "/references").then().extract()
                .<String>path("cites[0].note")).isEqualTo("Recalled in the preamble");
    }
}
