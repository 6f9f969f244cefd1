package org.ungis.resolutions.matrix;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.ungis.resolutions.ResolutionsApi.announceOrganization;
import static org.ungis.resolutions.ResolutionsApi.secretariat;
import static org.ungis.resolutions.ResolutionsApi.unique;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.TopicReader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The WSIS Process and 2030 Agenda - GDC matrix, queried from any axis. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class MatrixTest {

    private static String commitment() {
        String code = "GDC2.T" + unique();
        secretariat().body(Map.of("code", code, "axis", "GDC_COMMITMENT", "title", "A test commitment", "parent", "GDC2"))
                .when().post("/matrix/items").then().statusCode(201);
        return code;
    }

    private static String organization() {
        String id = UUID.randomUUID().toString();
        String acronym = "M" + unique().toUpperCase();
        announceOrganization(ChangeEventType.ORGANIZATION_CREATED, id, acronym, "Matrix test " + acronym, List.of(), 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("organization", acronym).when()
                .get("/matrix/rows").statusCode() == 200);
        return id;
    }

    private static Map<String, Object> row(String gdc, List<String> actionLines, List<String> sdgs,
            List<String> organizations) {
        Map<String, Object> row = new HashMap<>();
        row.put("gdc", gdc);
        row.put("actionLines", actionLines);
        row.put("sdgs", sdgs);
        row.put("organizations", organizations);
        row.put("mechanisms", List.of("WSIS Forum"));
        row.put("description", "test row");
        return row;
    }

    @Test
    void hasTheAxes() {
        given().queryParam("axis", "ACTION_LINE").when().get("/matrix/items").then().statusCode(200)
                .body("code", hasItem("C11"))
                .body("findAll { it.parent == 'C7' }.code", contains("C7.e-government", "C7.e-business", "C7.e-learning",
                        "C7.e-health", "C7.e-employment", "C7.e-environment", "C7.e-agriculture", "C7.e-science"))
                .body("findAll { it.parent == null }", hasSize(11));
        given().queryParam("axis", "SDG").when().get("/matrix/items").then().body("", hasSize(17))
                .body("[16].code", equalTo("SDG17"));
        given().queryParam("axis", "GDC_OBJECTIVE").when().get("/matrix/items").then().body("code",
                contains("GDC1", "GDC2", "GDC3", "GDC4", "GDC5"));
    }

    @Test
    void linksACommitmentAndFindsItFromEveryAxis() {
        String commitment = commitment();
        String organization = organization();
        String id = secretariat().body(row(commitment, List.of("C7.e-health", "C2"), List.of("SDG3"), List.of(organization)))
                .when().post("/matrix/rows").then().statusCode(201)
                .body("gdc.code", equalTo(commitment))
                .body("actionLines.code", contains("C7.e-health", "C2"))
                .body("sdgs[0].title", equalTo("Good health and well-being"))
                .body("organizations[0].id", equalTo(organization))
                .extract().path("id");

        for (String item : List.of(commitment, "GDC2", "C7", "C7.e-health", "C2", "SDG3")) {
            given().queryParam("item", item).when().get("/matrix/rows").then().statusCode(200)
                    .body("id", hasItem(id));
        }
        given().queryParam("item", "SDG4").when().get("/matrix/rows").then().body("id", not(hasItem(id)));
        given().queryParam("organization", organization).when().get("/matrix/rows").then().body("id", contains(id));
        given().queryParam("organization", organization).queryParam("item", "C7").when().get("/matrix/rows")
                .then().body("id", contains(id));

        secretariat().header("If-Match", "\"0\"").body(row(commitment, List.of("C4"), List.of(), List.of()))
                .when().put("/matrix/rows/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("organizations", hasSize(0));
        given().queryParam("item", "C7").when().get("/matrix/rows").then().body("id", not(hasItem(id)));
        try (TopicReader topic = TopicReader.of(ChangeTopic.RESOLUTIONS_MATRIX.topicName())) {
            assertThat(topic.awaitCount(e -> id.equals(e.subject())
                    && e.type().equals("org.ungis.resolutions.matrix_row.changed"), 2, Duration.ofSeconds(20))
                    .get(1).value()).contains("\"actionLines\":[\"C4\"]", "\"version\":1");
        }
    }

    @Test
    void refusesUnknownItemsAndChangesNothing() {
        String commitment = commitment();
        secretariat().body(row(commitment, List.of("C12", "SDG3"), List.of("SDG18"), List.of("NO-SUCH-" + unique())))
                .when().post("/matrix/rows").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://ungis.org/problems/unknown-matrix-item"))
                .body("errors.field", contains("actionLines[0]", "actionLines[1]", "sdgs[0]", "organizations[0]"));
        secretariat().body(row("C7", List.of(), List.of(), List.of())).when().post("/matrix/rows")
                .then().statusCode(422).body("errors[0].field", equalTo("gdc"));
        given().queryParam("item", commitment).when().get("/matrix/rows").then().body("", hasSize(0));
        secretariat().body(Map.of("code", "GDC9.1", "axis", "GDC_COMMITMENT", "parent", "GDC9"))
                .when().post("/matrix/items").then().statusCode(422);
        secretariat().body(Map.of("code", "C7", "axis", "ACTION_LINE")).when().post("/matrix/items")
                .then().statusCode(409);
        given().queryParam("axis", "PLANET").when().get("/matrix/items").then().statusCode(400);
        given().when().get("/matrix/rows/" + UUID.randomUUID()).then().statusCode(404);
    }
}
