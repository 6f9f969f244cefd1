package org.ungis.membership.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ungis.membership.MembershipApi.createOrganization;
import static org.ungis.membership.MembershipApi.participant;
import static org.ungis.membership.MembershipApi.secretariat;
import static org.ungis.membership.MembershipApi.uniqueAcronym;
import static org.ungis.membership.MembershipApi.version;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class PostTest {

    @Test
    void keepsOneChairAtATime() {
        // the only test that touches the Chair seat, far from the seeded 2025-2026 term
        String first = participant("MEMBER", "2026-01-01");
        String second = participant("OBSERVER", "2026-01-01");
        String term = assign("CHAIR", first, "3001-01-01", "3002-12-31").statusCode(201)
                .body("holderId", equalTo(first)).extract().path("id");
        long secondVersion = version(second);

        assign("CHAIR", second, "3002-06-01", "3003-12-31").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/overlapping-term"));
        assertThat(version(second)).isEqualTo(secondVersion);
        given().queryParam("asOf", "3002-07-01").queryParam("kind", "CHAIR").when().get("/posts")
                .then().body("holderId", equalTo(List.of(first)));

        secretariat().body(Map.of("termEnd", "3002-05-31")).when().post("/posts/" + term + "/end")
                .then().statusCode(200).body("termEnd", equalTo("3002-05-31"));
        assign("CHAIR", second, "3002-06-01", "3003-12-31").statusCode(201);
        given().queryParam("asOf", "3002-07-01").queryParam("kind", "CHAIR").when().get("/posts")
                .then().body("holderId", equalTo(List.of(second)));
    }

    @Test
    void givesEachViceChairItsOwnSeat() {
        String one = participant("MEMBER", "2026-01-01");
        String two = participant("OBSERVER", "2026-01-01");
        assign("VICE_CHAIR", one, "2027-01-01", "2028-12-31").statusCode(201);
        assign("VICE_CHAIR", two, "2027-01-01", "2028-12-31").statusCode(201);
        assign("VICE_CHAIR", one, "2028-01-01", "2029-12-31").statusCode(409);
        given().queryParam("asOf", "2027-06-01").queryParam("kind", "VICE_CHAIR").when().get("/posts")
                .then().body("holderId", hasItem(one)).body("holderId", hasItem(two));
    }

    @Test
    void requiresTheHolderToTakePartForTheWholeTerm() {
        String outsider = createOrganization(uniqueAcronym());
        assign("VICE_CHAIR", outsider, "2027-01-01", "2027-12-31").statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/holder-not-participant"));
        String late = participant("MEMBER", "2027-06-01");
        assign("VICE_CHAIR", late, "2027-01-01", "2027-12-31").statusCode(422);
        assertThat(version(outsider)).isZero();
        assertThat(version(late)).isEqualTo(1);
        given().queryParam("holder", late).when().get("/posts").then().body("size()", equalTo(0));
    }

    @Test
    void refusesATermThatEndsBeforeItStartsAndUnknownHolders() {
        String holder = participant("MEMBER", "2026-01-01");
        assign("VICE_CHAIR", holder, "2027-01-01", "2026-12-31").statusCode(422)
                .body("type", equalTo("https://ungis.org/problems/invalid-date-range"))
                .body("errors[0].field", equalTo("termEnd"));
        assign("VICE_CHAIR", "NO-SUCH-ORG", "2027-01-01", "2027-12-31").statusCode(404);
        given().queryParam("kind", "KING").when().get("/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().queryParam("asOf", "2027-02-30").when().get("/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        secretariat().body(Map.of("termEnd", "2027-01-01")).when().post("/posts/" + java.util.UUID.randomUUID() + "/end")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(version(holder)).isEqualTo(1);
    }

    @Test
    void publishesTheHoldersStateAndBlocksWithdrawalWhileAPostIsHeld() {
        String holder = participant("MEMBER", "2026-01-01");
        String term = assign("VICE_CHAIR", holder, "2026-01-01", null).statusCode(201).extract().path("id");
        try (TopicReader topic = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName())) {
            PublishedEvent event = topic.awaitFirst(
                    e -> holder.equals(e.subject()) && "org.ungis.membership.post.assigned".equals(e.type()),
                    Duration.ofSeconds(20));
            assertThat(event.value()).contains("\"posts\":[{\"id\":\"" + term + "\"", "\"VICE_CHAIR\"");
        }
        secretariat().body(Map.of("on", LocalDate.now().plusDays(1).toString()))
                .when().post("/organizations/" + holder + "/withdrawal")
                .then().statusCode(409).body("type", equalTo("https://ungis.org/problems/holds-post"));
        given().when().get("/posts/current").then().body("id", hasItem(term));
    }

    @Test
    void answersTheTermsOfSeveralHoldersInOneRequest() {
        String one = participant("MEMBER", "2026-01-01");
        String two = participant("OBSERVER", "2026-01-01");
        String bystander = participant("MEMBER", "2026-01-01");
        String oneTerm = assign("VICE_CHAIR", one, "2031-01-01", "2031-12-31").statusCode(201).extract().path("id");
        String twoTerm = assign("VICE_CHAIR", two, "2032-01-01", "2032-12-31").statusCode(201).extract().path("id");
        assign("VICE_CHAIR", bystander, "2031-01-01", "2031-12-31").statusCode(201);

        given().queryParam("holders", one + "," + two + "," + java.util.UUID.randomUUID()).when().get("/posts")
                .then().statusCode(200).body("id", containsInAnyOrder(oneTerm, twoTerm));
        given().queryParam("holders", one + "," + two).queryParam("asOf", "2032-06-01").when().get("/posts")
                .then().body("id", equalTo(List.of(twoTerm)));
        given().queryParam("holders", "ITU").when().get("/posts").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("holders"));
    }

    private static ValidatableResponse assign(String kind, String holder, String start, String end) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "holder", holder, "termStart", start));
        if (end != null) {
            body.put("termEnd", end);
        }
        return secretariat().body(body).when().post("/posts").then();
    }
}
