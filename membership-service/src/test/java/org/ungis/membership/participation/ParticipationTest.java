package org.ungis.membership.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.ungis.membership.MembershipApi.admit;
import static org.ungis.membership.MembershipApi.createOrganization;
import static org.ungis.membership.MembershipApi.secretariat;
import static org.ungis.membership.MembershipApi.uniqueAcronym;
import static org.ungis.membership.MembershipApi.version;

import java.time.Duration;
import java.util.List;
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
class ParticipationTest {

    @Test
    void admitsAsObserverThenMemberThenWithdrawsKeepingHistory() {
        String acronym = uniqueAcronym();
        String id = createOrganization(acronym);
        admit(id, "OBSERVER", "2026-02-01").statusCode(200).body("status", equalTo("OBSERVER")).body("version", equalTo(1));
        secretariat().header("If-Match", "\"1\"").body(Map.of("status", "MEMBER", "on", "2026-03-01"))
                .when().post("/organizations/" + id + "/status-changes")
                .then().statusCode(200).header("ETag", "\"2\"");
        secretariat().body(Map.of("on", "2026-06-01")).when().post("/organizations/" + id + "/withdrawal")
                .then().statusCode(200)
                .body("participation", hasSize(2))
                .body("participation[0].status", equalTo("OBSERVER"))
                .body("participation[0].since", equalTo("2026-02-01"))
                .body("participation[0].until", equalTo("2026-03-01"))
                .body("participation[1].status", equalTo("MEMBER"))
                .body("participation[1].until", equalTo("2026-06-01"));

        given().queryParam("asOf", "2026-01-15").when().get("/organizations/" + id).then().body("status", equalTo(null));
        given().queryParam("asOf", "2026-02-15").when().get("/organizations/" + id).then().body("status", equalTo("OBSERVER"));
        given().queryParam("asOf", "2026-03-01").when().get("/organizations/" + id).then().body("status", equalTo("MEMBER"));
        given().queryParam("asOf", "2026-06-01").when().get("/organizations/" + id).then().body("status", equalTo(null));

        given().queryParam("asOf", "2026-04-01").queryParam("status", "MEMBER").queryParam("q", acronym)
                .when().get("/organizations").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("asOf", "2026-04-01").queryParam("status", "OBSERVER").queryParam("q", acronym)
                .when().get("/organizations").then().body("items", hasSize(0));
        given().queryParam("asOf", "2026-07-01").queryParam("q", acronym)
                .when().get("/organizations").then().body("items", hasSize(0));

        given().when().get("/organizations/" + id + "/history")
                .then().statusCode(200)
                .body("eventType", equalTo(List.of("org.ungis.membership.organization.created",
                        "org.ungis.membership.organization.admitted",
                        "org.ungis.membership.organization.status_changed",
                        "org.ungis.membership.organization.withdrawn")))
                .body("version", equalTo(List.of(0, 1, 2, 3)))
                .body("[1].state.participation[0].until", equalTo(null));

        try (TopicReader topic = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName())) {
            List<PublishedEvent> events = topic.awaitCount(e -> id.equals(e.subject()), 4, Duration.ofSeconds(20));
            assertThat(events).extracting(PublishedEvent::type).containsExactly(
                    "org.ungis.membership.organization.created", "org.ungis.membership.organization.admitted",
                    "org.ungis.membership.organization.status_changed", "org.ungis.membership.organization.withdrawn");
            assertThat(events.get(3).value()).contains("\"version\":3", "\"until\":\"2026-06-01\"");
        }
    }

    @Test
    void refusesChangesThatBreakTheRulesAndChangesNothing() {
        String id = createOrganization(uniqueAcronym());
        admit(id, "MEMBER", "2026-04-01").statusCode(200);
        long version = version(id);

        admit(id, "OBSERVER", "2026-05-01").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/already-participating"));
        secretariat().body(Map.of("status", "MEMBER", "on", "2026-05-01"))
                .when().post("/organizations/" + id + "/status-changes")
                .then().statusCode(409).body("type", equalTo("https://ungis.org/problems/status-unchanged"));
        secretariat().body(Map.of("status", "OBSERVER", "on", "2026-03-01"))
                .when().post("/organizations/" + id + "/status-changes")
                .then().statusCode(422).body("type", equalTo("https://ungis.org/problems/invalid-date-range"))
                .body("errors[0].field", equalTo("on"));
        secretariat().body("{\"on\": \"2026-02-30\"}").when().post("/organizations/" + id + "/withdrawal")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("on"));
        secretariat().body(Map.of("status", "OBSERVER", "on", "2026-05-01")).header("If-Match", "\"" + (version - 1) + "\"")
                .when().post("/organizations/" + id + "/status-changes")
                .then().statusCode(412).body("type", equalTo("https://ungis.org/problems/stale-version"));
        given().contentType(ContentType.JSON).body(Map.of("on", "2026-05-01"))
                .when().post("/organizations/" + id + "/withdrawal").then().statusCode(401);
        given().auth().oauth2(DevTokens.partner(id)).contentType(ContentType.JSON).body(Map.of("on", "2026-05-01"))
                .when().post("/organizations/" + id + "/withdrawal").then().statusCode(403);

        assertThat(version(id)).isEqualTo(version);
        given().when().get("/organizations/" + id).then().body("status", equalTo("MEMBER"))
                .body("participation", hasSize(1));
    }

    @Test
    void refusesWithdrawalOfANonParticipantAndUnknownOrganizations() {
        String id = createOrganization(uniqueAcronym());
        secretariat().body(Map.of("on", "2026-05-01")).when().post("/organizations/" + id + "/withdrawal")
                .then().statusCode(409).body("type", equalTo("https://ungis.org/problems/not-participating"));
        admit(UUID.randomUUID().toString(), "MEMBER", "2026-01-01").statusCode(404)
                .contentType("application/problem+json");
        assertThat(version(id)).isZero();
    }

    @Test
    void readmitsAfterAWithdrawalButNotBeforeItEnded() {
        String id = createOrganization(uniqueAcronym());
        admit(id, "MEMBER", "2026-01-01").statusCode(200);
        secretariat().body(Map.of("on", "2026-03-01")).when().post("/organizations/" + id + "/withdrawal")
                .then().statusCode(200);
        admit(id, "OBSERVER", "2026-02-01").statusCode(422).body("errors[0].field", equalTo("since"));
        admit(id, "OBSERVER", "2026-03-01").statusCode(200)
                .body("participation.status", equalTo(List.of("MEMBER", "OBSERVER")))
                .body("participation.since", not(hasItem(equalTo("2026-02-01"))));
    }
}
