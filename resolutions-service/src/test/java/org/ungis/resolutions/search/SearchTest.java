package org.ungis.resolutions.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.resolutions.ResolutionsApi.addVersion;
import static org.ungis.resolutions.ResolutionsApi.createDocument;
import static org.ungis.resolutions.ResolutionsApi.document;
import static org.ungis.resolutions.ResolutionsApi.operative;
import static org.ungis.resolutions.ResolutionsApi.preambular;
import static org.ungis.resolutions.ResolutionsApi.secretariat;
import static org.ungis.resolutions.ResolutionsApi.uniqueSymbol;
import static org.ungis.resolutions.ResolutionsApi.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.ungis.testing.UniqueWords;

/** Full-text search over the paragraphs of the latest texts. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class SearchTest {

    /** A made-up word only this test's documents contain, so other tests' data cannot match. */
    private static String word() {
        return UniqueWords.word("zq");
    }

    @Test
    void findsRankedParagraphsWithHighlightedSnippets() {
        String term = word();
        String strong = uniqueSymbol();
        String weak = uniqueSymbol();
        createDocument(strong);
        createDocument(weak);
        addVersion(strong, version(null, operative("1", "Requests a " + term + " road map; the " + term
                + " road map is to be presented to the Commission.")));
        addVersion(weak, version(null, operative("7", "Notes the " + term + " only once, among many other words about "
                + "digital cooperation and development.")));

        given().queryParam("q", term).when().get("/search").then().statusCode(200)
                .body("address", contains(strong + "#para_1", weak + "#para_7"))
                .body("[0].document.symbol", equalTo(strong))
                .body("[0].number", equalTo("1"))
                .body("[0].snippet", containsString("<mark>" + term + "</mark>"));
        given().queryParam("q", "\"" + term + " road map\"").when().get("/search").then().statusCode(200)
                .body("address", contains(strong + "#para_1"));
        given().queryParam("q", term + " -road").when().get("/search").then().statusCode(200)
                .body("address", contains(weak + "#para_7"));
        given().queryParam("q", term + " maps presenting").when().get("/search").then().statusCode(200)
                .body("address", contains(strong + "#para_1"));
    }

    @Test
    void searchesOnlyTheLatestTextAndFilters() {
        String old = word();
        String current = word();
        String body = "Search body " + UUID.randomUUID();
        String symbol = uniqueSymbol();
        createDocument(document(symbol, body, "DECISION", "2023-03-01"));
        addVersion(symbol, version(null, operative("1", "Mentions " + old + " first.")));
        addVersion(symbol, version("Rev. 1", preambular("Recalling " + current + ","),
                operative("1", "Mentions " + current + " now.")));

        given().queryParam("q", old).when().get("/search").then().statusCode(200).body("", hasSize(0));
        given().queryParam("q", current).when().get("/search").then().body("", hasSize(2));
        given().queryParam("q", current).queryParam("kind", "OPERATIVE").when().get("/search").then()
                .body("address", contains(symbol + "#para_1"));
        given().queryParam("q", current).queryParam("body", body).queryParam("type", "DECISION")
                .queryParam("year", 2023).when().get("/search").then().body("", hasSize(2));
        given().queryParam("q", current).queryParam("year", 2024).when().get("/search").then().body("", hasSize(0));
        given().queryParam("q", current).queryParam("document", symbol).queryParam("limit", 1).when().get("/search")
                .then().body("", hasSize(1));
    }

    /** Tests cap ranking at 20 candidates (application.properties), to show what a very common word does. */
    @Test
    void saysSoWhenAQueryMatchesMoreThanItRanks() {
        String term = word();
        String symbol = uniqueSymbol();
        createDocument(symbol);
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            paragraphs.add(operative(Integer.toString(i), "Paragraph " + i + " on " + term + "."));
        }
        secretariat().body(Map.of("paragraphs", paragraphs)).when().post("/documents/" + symbol + "/versions")
                .then().statusCode(201);
        given().queryParam("q", term).queryParam("limit", 100).when().get("/search").then().statusCode(200)
                .header("Search-Partial", equalTo("true"))
                .body("", hasSize(20));
        given().queryParam("q", term + " paragraph").queryParam("kind", "OPERATIVE").queryParam("document", symbol)
                .queryParam("limit", 5).when().get("/search").then().statusCode(200)
                .header("Search-Partial", equalTo("true"));
        String rare = word();
        String other = uniqueSymbol();
        createDocument(other);
        addVersion(other, version(null, operative("1", "Only " + rare + " here.")));
        given().queryParam("q", rare).when().get("/search").then().statusCode(200)
                .header("Search-Partial", nullValue()).body("", hasSize(1));
    }

    @Test
    void refusesMissingOrBadParameters() {
        given().when().get("/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "digital").queryParam("limit", 1000).when().get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("q", "digital").queryParam("kind", "ANNEX").when().get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().queryParam("q", "digital").queryParam("document", "A/RES/NO/SUCH").when().get("/search").then()
                .statusCode(404);
    }
}
