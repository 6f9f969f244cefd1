package org.ungis.membership.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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
class MembershipSeedTest {
    /** The report's date: test data of other classes starts later than this. */
    private static final String REPORT_DATE = "2025-08-08";

    @Inject
    MembershipSeed seed;

    @Test
    void has31MembersAnd17Observers() {
        List<String> members = given().queryParam("asOf", REPORT_DATE).queryParam("status", "MEMBER")
                .queryParam("limit", 200).when().get("/organizations")
                .then().statusCode(200).extract().path("items.acronym");
        assertThat(members).hasSize(31).contains("FAO", "ITU", "UN Tourism", "UN-Habitat", "World Bank", "WTO");
        List<String> observers = given().queryParam("asOf", REPORT_DATE).queryParam("status", "OBSERVER")
                .queryParam("limit", 200).when().get("/organizations")
                .then().statusCode(200).extract().path("items.acronym");
        assertThat(observers).hasSize(17).contains("CTBTO", "ODET", "UN ESCWA", "UNU");
        assertThat(members).doesNotContainAnyElementsOf(observers);
    }

    @Test
    void hasThe2025To2026ChairViceChairsAndPermanentSecretariat() {
        given().queryParam("asOf", REPORT_DATE).queryParam("kind", "CHAIR").when().get("/posts")
                .then().statusCode(200)
                .body("holderAcronym", equalTo(List.of("UNCTAD")))
                .body("[0].termStart", equalTo("2025-01-01"))
                .body("[0].termEnd", equalTo("2026-12-31"))
                .body("[0].precision", equalTo("YEAR"));
        given().queryParam("asOf", REPORT_DATE).queryParam("kind", "VICE_CHAIR").when().get("/posts")
                .then().statusCode(200)
                .body("holderAcronym", containsInAnyOrder("ITU", "UNESCO", "UNDP", "UN ESCWA"))
                .body("find { it.holderAcronym == 'UN ESCWA' }.onBehalfOf", equalTo("UN Regional Commissions"));
        given().queryParam("asOf", REPORT_DATE).queryParam("kind", "SECRETARIAT").when().get("/posts")
                .then().statusCode(200)
                .body("holderAcronym", equalTo(List.of("ITU")))
                .body("[0].permanent", equalTo(true))
                .body("[0].termEnd", equalTo(null));
    }

    @Test
    void escwaIsAnObserverHoldingAViceChairSeat() {
        given().queryParam("asOf", REPORT_DATE).when().get("/organizations/ESCWA")
                .then().statusCode(200)
                .body("acronym", equalTo("UN ESCWA"))
                .body("name", equalTo("Economic and Social Commission for Western Asia"))
                .body("status", equalTo("OBSERVER"))
                .body("posts.kind", hasItem("VICE_CHAIR"))
                .body("participation", hasSize(1))
                .body("participation[0].since", equalTo(null));
    }

    @Test
    void formerAcronymsResolveToTheCurrentRecord() {
        given().when().get("/organizations/UNWTO")
                .then().statusCode(200)
                .body("acronym", equalTo("UN Tourism"))
                .body("name", equalTo("World Tourism Organization"))
                .body("aliases.value", hasItem("UNWTO"));
    }

    @Test
    void seedingWentThroughTheServiceAndPublishedEvents() {
        String itu = given().when().get("/organizations/ITU").then().statusCode(200).extract().path("id");
        try (TopicReader topic = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName())) {
            topic.awaitFirst(e -> itu.equals(e.subject()) && "org.ungis.membership.organization.created".equals(e.type()),
                    Duration.ofSeconds(30));
            topic.awaitFirst(e -> itu.equals(e.subject()) && "org.ungis.membership.post.assigned".equals(e.type()),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void seedsOnlyAnEmptyDatabase() {
        seed.onStart(null);
        given().queryParam("q", "International Telecommunication Union").when().get("/organizations")
                .then().statusCode(200)
                .body("items.acronym", equalTo(List.of("ITU")));
        given().queryParam("asOf", REPORT_DATE).queryParam("kind", "CHAIR").when().get("/posts")
                .then().body("holderAcronym", equalTo(List.of("UNCTAD")));
    }
}
