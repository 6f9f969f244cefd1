package org.ungis.resolutions.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The facts of the seed document (CWG-WSIS&SDG-43/5), as a partner reads them back. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class ResolutionsSeedTest {
    private static final String WSIS_2025 = "Assessment of the progress made in the implementation of and follow-up "
            + "to the outcomes of the World Summit on the Information Society";

    @Inject
    ResolutionsSeed seed;

    private static String ecosoc2025() {
        List<String> ids = given().queryParam("body", "ECOSOC").queryParam("type", "RESOLUTION")
                .queryParam("year", 2025).when().get("/documents").then().statusCode(200)
                .extract().path("items.findAll { it.title == '" + WSIS_2025 + "' }.id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void hasThe2025EcosocResolutionWithItsQuotedParagraphs() {
        String id = ecosoc2025();
        given().when().get("/documents/" + id).then().statusCode(200)
                .body("symbol", equalTo(null))
                .body("adoptedOn", equalTo("2025-07-29"))
                .body("versions", hasSize(1));
        given().when().get("/documents/" + id + "/paragraphs").then().statusCode(200)
                .body("number", contains("98", "125", "130", "132", "133"))
                .body("kind", contains("OPERATIVE", "OPERATIVE", "OPERATIVE", "OPERATIVE", "OPERATIVE"))
                .body("[4].address", equalTo(id + "#para_133"))
                .body("[4].text", equalTo("Recommends further that, as an outcome of the World Summit 20-year review, "
                        + "the United Nations Group on the Information Society be tasked with developing a joint "
                        + "implementation road map, to be presented to the Commission on Science and Technology for "
                        + "Development at its twenty-ninth session, to integrate the Global Digital Compact commitments "
                        + "into the World Summit architecture, ensuring a unified approach to digital cooperation that "
                        + "avoids duplication and maximizes resource efficiency"))
                .body("[0].text", startsWith("Recalls the role of the United Nations Group on the Information Society"));
        given().queryParam("q", "\"joint implementation road map\"").when().get("/search").then().statusCode(200)
                .body("address", hasItems(id + "#para_133"));
    }

    @Test
    void hasTheMandatesOfParagraphs125And133() {
        given().queryParam("body", "UNGIS").when().get("/mandates").then().statusCode(200)
                .body("items.find { it.paragraphAddress.endsWith('#para_133') }.deliverable",
                        startsWith("A joint implementation road map"))
                .body("items.find { it.paragraphAddress.endsWith('#para_133') }.dueEvent",
                        equalTo("Twenty-ninth session of the Commission on Science and Technology for Development"))
                .body("items.find { it.paragraphAddress.endsWith('#para_133') }.dueEventEdition.series", equalTo("CSTD"))
                .body("items.find { it.paragraphAddress.endsWith('#para_133') }.dueEventEdition.edition", equalTo("29"))
                .body("items.find { it.paragraphAddress.endsWith('#para_133') }.dueOn", equalTo(null))
                .body("items.find { it.paragraphAddress.endsWith('#para_133') }.status", equalTo("OPEN"));
        given().queryParam("body", "CSTD").when().get("/mandates").then().statusCode(200)
                .body("items.find { it.paragraphAddress.endsWith('#para_125') }.dueEvent",
                        equalTo("Ahead of the World Summit 20-year review"))
                .body("items.find { it.paragraphAddress.endsWith('#para_125') }.dueEventEdition", equalTo(null));
    }

    @Test
    void hasTheReferenceListOfTheReport() {
        given().when().get("/documents/CWG-WSIS&SDG-43/5/references").then().statusCode(200)
                .body("cites", hasSize(11))
                .body("cites.document.symbol", hasItems("A/RES/70/125", "A/RES/70/1", "A/RES/77/150", "E/RES/2024/13",
                        "E/2025/31\u2013E/CN.16/2025/4"))
                .body("cites.find { it.document.number == '140' }.note", equalTo("PP Resolution 140 (Rev. Bucharest, 2022)"))
                .body("cites.find { it.document.symbol == 'A/RES/70/125' }.document.title", equalTo(null));
        given().when().get("/documents/e/2025/31-e/cn.16/2025/4/references").then().statusCode(200)
                .body("citedBy", hasSize(2));
        given().queryParam("body", "ITU Council").queryParam("number", "1332").when().get("/documents").then()
                .body("items", hasSize(1)).body("items[0].symbol", equalTo(null));
    }

    @Test
    void seedingWentThroughTheServiceAndPublishedEvents() {
        String id = ecosoc2025();
        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_DOCUMENTS.topicName())) {
            topic.awaitFirst(e -> id.equals(e.subject()) && e.type().endsWith(".document.published"), Duration.ofSeconds(30));
        }
    }

    @Test
    void seedsOnlyAnEmptyDatabase() {
        seed.onStart(null);
        ecosoc2025();
        given().queryParam("body", "UNGIS").when().get("/mandates").then()
                .body("items.findAll { it.paragraphAddress.endsWith('#para_133') }", hasSize(1));
        given().queryParam("axis", "GDC_OBJECTIVE").when().get("/matrix/items").then().body("", hasSize(5));
    }
}
