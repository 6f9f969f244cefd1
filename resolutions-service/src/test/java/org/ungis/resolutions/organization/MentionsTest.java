package org.ungis.resolutions.organization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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

/** Organizations named in paragraphs, from the replica of membership-service's organizations. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class MentionsTest {

    private static String acronym() {
        return UniqueWords.acronym("Q");
    }

    @Test
    void tagsMentionsByAcronymAndNameAndFiltersDocumentsByThem() {
        String id = UUID.randomUUID().toString();
        String acronym = acronym();
        String name = "Agency for " + acronym.toLowerCase() + " cooperation";
        announceOrganization(ChangeEventType.ORGANIZATION_CREATED, id, acronym, name, List.of(), 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("mentions", acronym).when()
                .get("/documents").statusCode() == 200);

        String byAcronym = uniqueSymbol();
        String byName = uniqueSymbol();
        String neither = uniqueSymbol();
        createDocument(byAcronym);
        createDocument(byName);
        createDocument(neither);
        addVersion(byAcronym, version(null, operative("1", "Invites " + acronym + " to report;"),
                operative("2", "Notes that " + acronym.toLowerCase() + "-like words, " + acronym + "X and " + acronym
                        + "-Habitat do not count;")));
        addVersion(byName, version(null, operative("1", "Thanks the " + name.toUpperCase() + " for its work;")));
        addVersion(neither, version(null, operative("1", "Thanks " + acronym.toLowerCase() + " in lower case;")));

        given().when().get("/documents/" + byAcronym + "/paragraphs").then().statusCode(200)
                .body("[0].mentions.organizationId", contains(id))
                .body("[0].mentions[0].acronym", equalTo(acronym))
                .body("[0].mentions[0].matched", equalTo(acronym))
                .body("[1].mentions", hasSize(0));
        given().when().get("/documents/" + byName + "/paragraphs").then()
                .body("[0].mentions[0].matched", equalTo(name));
        given().queryParam("mentions", id).when().get("/documents").then().statusCode(200)
                .body("items.symbol", contains(byAcronym, byName));
    }

    @Test
    void tagsAgainWhenAnOrganizationIsRenamed() {
        String id = UUID.randomUUID().toString();
        String former = acronym();
        String current = acronym();
        announceOrganization(ChangeEventType.ORGANIZATION_CREATED, id, former, "Organization " + former, List.of(), 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("mentions", former).when()
                .get("/documents").statusCode() == 200);
        String old = uniqueSymbol();
        String recent = uniqueSymbol();
        createDocument(old);
        createDocument(recent);
        addVersion(old, version(null, operative("1", "Welcomes the work of " + former + ";")));
        addVersion(recent, version(null, operative("1", "Welcomes the work of " + current + ";")));
        given().queryParam("mentions", id).when().get("/documents").then().body("items.symbol", contains(old));

        announceOrganization(ChangeEventType.ORGANIZATION_RENAMED, id, current, "Organization " + current,
                List.of(former), 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("mentions", id).when()
                .get("/documents").then().extract().<List<String>>path("items.symbol").size() == 2);
        given().queryParam("mentions", current).when().get("/documents").then()
                .body("items.symbol", contains(old, recent));
        given().when().get("/documents/" + old + "/paragraphs").then()
                .body("[0].mentions[0].acronym", equalTo(current))
                .body("[0].mentions[0].matched", equalTo(former));
    }
}
