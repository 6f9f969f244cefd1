package org.ungis.resolutions.document;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ungis.resolutions.ResolutionsApi.addVersion;
import static org.ungis.resolutions.ResolutionsApi.announceOrganization;
import static org.ungis.resolutions.ResolutionsApi.createDocument;
import static org.ungis.resolutions.ResolutionsApi.document;
import static org.ungis.resolutions.ResolutionsApi.operative;
import static org.ungis.resolutions.ResolutionsApi.secretariat;
import static org.ungis.resolutions.ResolutionsApi.unique;
import static org.ungis.resolutions.ResolutionsApi.uniqueSymbol;
import static org.ungis.resolutions.ResolutionsApi.version;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.readcache.CommittedChanges;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ReadCacheProbe;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.ungis.testing.UniqueWords;

/**
 * A document by symbol, the document list, a text's paragraphs and search come from the read cache, and
 * no committed change outlives a cached answer: neither a write through this API nor an
 * organization update from membership-service's change events (paragraph mentions).
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class CachedReadsTest {

    @Inject
    DataSource dataSource;

    @Inject
    CommittedChanges changes;

    @Test
    void aWriteThroughTheApiIsReadBackAtOnce() {
        String symbol = uniqueSymbol();
        String id = createDocument(symbol);
        String list = "/documents?symbols=" + symbol;
        ReadCacheProbe.assertServedFromCache(changes::generation,
                () -> read("/documents/" + symbol) + "\n" + read(list),
                () -> ReadCacheProbe.updateBehindTheCache(dataSource, "update document set title = ? where id = ?",
                        UUID.fromString(id)));

        Map<String, Object> details = document(symbol, "UN General Assembly", "RESOLUTION", "2024-12-19");
        details.put("title", "Corrected title " + symbol);
        secretariat().body(details).header("If-Match", "\"0\"").when().put("/documents/" + symbol).then()
                .statusCode(200);

        given().when().get("/documents/" + symbol).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Corrected title " + symbol));
        given().when().get(list).then().body("items.title", contains("Corrected title " + symbol));
    }

    @Test
    void aNewTextIsFoundAtOnce() {
        String word = "zq" + unique().replaceAll("[^a-f]", "x");
        given().queryParam("q", word).when().get("/search").then().statusCode(200).body("", hasSize(0));
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("1", "Welcomes the " + word + " initiative;")));

        given().queryParam("q", word).when().get("/search").then().statusCode(200)
                .body("address", contains(symbol + "#para_1"));
    }

    @Test
    void anOrganizationRenamedInMembershipEndsTheCachedParagraphs() {
        String organization = UUID.randomUUID().toString();
        String former = acronym();
        String current = acronym();
        announceOrganization(ChangeEventType.ORGANIZATION_CREATED, organization, former, "Organization " + former,
                List.of(), 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("mentions", former).when()
                .get("/documents").statusCode() == 200);
        String symbol = uniqueSymbol();
        createDocument(symbol);
        addVersion(symbol, version(null, operative("1", "Welcomes the work of " + former + ";")));
        String paragraphs = "/documents/" + symbol + "/paragraphs";
        given().when().get(paragraphs).then().body("[0].mentions.acronym", contains(former));

        ReadCacheProbe.assertServedFromCache(changes::generation, () -> read(paragraphs),
                () -> ReadCacheProbe.updateBehindTheCache(dataSource,
                        "update organization_replica set acronym = ? where id = ?", UUID.fromString(organization)));

        announceOrganization(ChangeEventType.ORGANIZATION_RENAMED, organization, current, "Organization " + current,
                List.of(former), 1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> given()
                .when().get(paragraphs).then().body("[0].mentions.acronym", contains(current))
                .body("[0].mentions.matched", contains(former)));
    }

    private static String acronym() {
        return UniqueWords.acronym("C");
    }

    private static String read(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }
}
