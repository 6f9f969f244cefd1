package org.ungis.membership.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ungis.membership.MembershipApi.createOrganization;
import static org.ungis.membership.MembershipApi.secretariat;
import static org.ungis.membership.MembershipApi.uniqueAcronym;
import static org.ungis.membership.MembershipApi.version;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.PublishedEvent;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OrganizationUpdateTest {

    @Test
    void renamesKeepingTheFormerAcronymAndNameAsAliases() {
        String former = uniqueAcronym();
        String id = createOrganization(former);
        String renamed = uniqueAcronym();
        secretariat().header("If-Match", "\"0\"")
                .body(Map.of("acronym", renamed, "name", "Renamed organization", "classification", "OTHER",
                        "identifiers", List.of(Map.of("scheme", "WIKIDATA", "value", "Q" + renamed))))
                .when().put("/organizations/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("acronym", equalTo(renamed))
                .body("aliases.value", equalTo(List.of(former, "Test organization " + former)))
                .body("aliases.kind", equalTo(List.of("FORMER_ACRONYM", "FORMER_NAME")))
                .body("identifiers[0].scheme", equalTo("WIKIDATA"));

        given().when().get("/organizations/" + former).then().statusCode(200).body("id", equalTo(id))
                .body("acronym", equalTo(renamed));
        given().queryParam("q", former.toLowerCase()).when().get("/organizations")
                .then().body("items.id", equalTo(List.of(id)));
        try (TopicReader topic = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName())) {
            PublishedEvent event = topic.awaitFirst(
                    e -> id.equals(e.subject()) && "org.ungis.membership.organization.renamed".equals(e.type()),
                    Duration.ofSeconds(20));
            assertThat(event.value()).contains("\"acronym\":\"" + renamed + "\"", "\"FORMER_ACRONYM\"", "\"version\":1");
        }
    }

    /** Without If-Match the last writer wins; concurrent writers queue on the row, none is refused. */
    @Test
    void concurrentUpdatesWithoutIfMatchAllApplyInTurn() throws Exception {
        String acronym = uniqueAcronym();
        String id = createOrganization(acronym);
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "Concurrent edit " + i;
                statuses.add(pool.submit(() -> secretariat()
                        .body(Map.of("acronym", acronym, "name", name, "classification", "OTHER"))
                        .when().put("/organizations/" + id).then().extract().statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(version(id)).as("one version per write").isEqualTo(writers);
        List<Integer> versions = given().when().get("/organizations/" + id + "/history")
                .then().statusCode(200).extract().path("version");
        assertThat(versions).hasSize(writers + 1).doesNotHaveDuplicates();
    }

    @Test
    void refusesAStaleUpdateAndChangesNothing() {
        String acronym = uniqueAcronym();
        String id = createOrganization(acronym);
        secretariat().body(Map.of("acronym", acronym, "name", "First edit", "classification", "OTHER"))
                .when().put("/organizations/" + id).then().statusCode(200);
        secretariat().header("If-Match", "\"0\"")
                .body(Map.of("acronym", acronym, "name", "Lost edit", "classification", "OTHER"))
                .when().put("/organizations/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/stale-version"));
        given().when().get("/organizations/" + id).then().body("name", equalTo("First edit")).header("ETag", "\"1\"");
    }

    @Test
    void refusesNamesThatAlreadyNameAnotherOrganization() {
        String id = createOrganization(uniqueAcronym());
        String acronym = given().when().get("/organizations/" + id).then().extract().path("acronym");
        // the former acronym of a seeded organization, as an acronym or as an alias
        secretariat().body(Map.of("acronym", "UNWTO", "name", "Impostor", "classification", "OTHER"))
                .when().post("/organizations").then().statusCode(409)
                .body("type", equalTo("https://ungis.org/problems/duplicate-acronym"));
        secretariat().body(Map.of("acronym", acronym, "name", "Renamed", "classification", "OTHER",
                "aliases", List.of(Map.of("value", "ITU", "kind", "ALSO_KNOWN_AS"))))
                .when().put("/organizations/" + id).then().statusCode(409);
        secretariat().body(Map.of("acronym", "UNDP", "name", "Renamed", "classification", "OTHER"))
                .when().put("/organizations/" + id).then().statusCode(409);
        given().when().get("/organizations/UNWTO").then().body("acronym", equalTo("UN Tourism"));
        assertThat(version(id)).isZero();
    }

    @Test
    void replaysACreateSentTwiceWithTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String acronym = uniqueAcronym();
        Map<String, String> body = Map.of("acronym", acronym, "name", "Once only", "classification", "OTHER");
        String first = secretariat().header("Idempotency-Key", key).body(body).when().post("/organizations")
                .then().statusCode(201).extract().path("id");
        secretariat().header("Idempotency-Key", key).body(body).when().post("/organizations")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/organizations/" + first))
                .body("id", equalTo(first));
        secretariat().header("Idempotency-Key", key)
                .body(Map.of("acronym", uniqueAcronym(), "name", "Other", "classification", "OTHER"))
                .when().post("/organizations")
                .then().statusCode(422).body("type", equalTo("https://ungis.org/problems/idempotency-key-reused"));

        given().queryParam("q", acronym).when().get("/organizations").then().body("items.id", equalTo(List.of(first)));
        try (TopicReader topic = TopicReader.of(ChangeTopic.MEMBERSHIP_ORGANIZATIONS.topicName())) {
            topic.awaitFirst(e -> first.equals(e.subject()), Duration.ofSeconds(20));
            assertThat(topic.collect(e -> e.value() != null && e.value().contains("\"Once only\""), Duration.ofSeconds(2)))
                    .hasSize(1);
        }
    }

    @Test
    void filtersByClassificationAndLooksUpABatchOfIds() {
        String one = createOrganization(uniqueAcronym());
        String two = createOrganization(uniqueAcronym());
        given().queryParam("ids", one + "," + two).when().get("/organizations")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.containsInAnyOrder(one, two));
        given().queryParam("classification", "SPECIALIZED_AGENCY").queryParam("limit", 200).when().get("/organizations")
                .then().statusCode(200).body("items.acronym", hasItem("ITU"))
                .body("items.classification", org.hamcrest.Matchers.everyItem(equalTo("SPECIALIZED_AGENCY")));
        given().queryParam("ids", "not-an-id").when().get("/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().queryParam("classification", "EMPIRE").when().get("/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("classification"));
        given().queryParam("asOf", "2026-13-01").when().get("/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
