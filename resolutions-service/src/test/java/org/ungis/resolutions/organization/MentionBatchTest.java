package org.ungis.resolutions.organization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.ungis.resolutions.ResolutionsApi.addVersion;
import static org.ungis.resolutions.ResolutionsApi.announceOrganization;
import static org.ungis.resolutions.ResolutionsApi.createDocument;
import static org.ungis.resolutions.ResolutionsApi.operative;
import static org.ungis.resolutions.ResolutionsApi.uniqueSymbol;
import static org.ungis.resolutions.ResolutionsApi.version;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.ungis.testing.UniqueWords;

/** GET /mentions: where several organizations are named, in one request (the gateway's batch read). */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class MentionBatchTest {

    private static String acronym() {
        return UniqueWords.acronym("B");
    }

    @Test
    void answersTheParagraphsNamingEachOrganization() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String firstAcronym = acronym();
        String secondAcronym = acronym();
        announceOrganization(ChangeEventType.ORGANIZATION_CREATED, first, firstAcronym, "First " + firstAcronym, List.of(), 0);
        announceOrganization(ChangeEventType.ORGANIZATION_CREATED, second, secondAcronym, "Second " + secondAcronym, List.of(), 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("mentions", secondAcronym).when()
                .get("/documents").statusCode() == 200 && given().queryParam("mentions", firstAcronym).when()
                .get("/documents").statusCode() == 200);
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("1", "Invites " + firstAcronym + " to report;"),
                operative("2", "Requests " + secondAcronym + " and " + firstAcronym + " to cooperate;")));
        String nobody = UUID.randomUUID().toString();

        given().queryParam("organizations", second + "," + nobody + "," + first).when().get("/mentions").then()
                .statusCode(200)
                .body("organizationId", contains(second, nobody, first))
                .body("[0].paragraphs.address", contains(symbol + "#para_2"))
                .body("[0].paragraphs[0].matched", equalTo(secondAcronym))
                .body("[0].paragraphs[0].document.symbol", equalTo(symbol))
                .body("[1].paragraphs", empty())
                .body("[2].paragraphs.number", contains("1", "2"));
    }

    @Test
    void refusesBadBatchesWithProblemDetails() {
        given().when().get("/mentions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("organizations"));
        given().queryParam("organizations", "ITU").when().get("/mentions").then().statusCode(400)
                .body("errors[0].field", equalTo("organizations"));
    }
}
