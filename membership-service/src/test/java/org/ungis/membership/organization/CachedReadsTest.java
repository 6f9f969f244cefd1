package org.ungis.membership.organization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ungis.membership.MembershipApi.createOrganization;
import static org.ungis.membership.MembershipApi.secretariat;
import static org.ungis.membership.MembershipApi.uniqueAcronym;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Reads are served from a cache that no committed change outlives, here or in another instance. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class CachedReadsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aWriterReadsItsOwnChangeAtOnce() {
        String acronym = uniqueAcronym();
        String id = createOrganization(acronym);
        given().when().get("/organizations/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().queryParam("q", acronym).when().get("/organizations").then().body("items.acronym", hasItem(acronym));

        secretariat().body(Map.of("acronym", acronym, "name", "Renamed at once", "classification", "OTHER"))
                .when().put("/organizations/" + id).then().statusCode(200);

        given().when().get("/organizations/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed at once"));
        given().queryParam("q", acronym).when().get("/organizations").then()
                .body("items.name", hasItem("Renamed at once"));
    }

    @Test
    void aChangeCommittedElsewhereEndsTheCachedAnswers() throws Exception {
        String acronym = uniqueAcronym();
        String id = createOrganization(acronym);
        given().when().get("/organizations/" + id).then().body("website", equalTo(null));

        // another instance's commit: a change in the database and the NOTIFY its outbox sends
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "update organization_history set state = replace(state, '\"website\":null', "
                            + "'\"website\":\"https://elsewhere.example\"') where organization_id = ?")) {
                update.setObject(1, UUID.fromString(id));
                update.executeUpdate();
            }
            try (Statement notify = connection.createStatement()) {
                notify.execute("notify ungis_changes");
            }
            connection.commit();
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/organizations/" + id)
                .then().body("website", equalTo("https://elsewhere.example")));
    }
}
