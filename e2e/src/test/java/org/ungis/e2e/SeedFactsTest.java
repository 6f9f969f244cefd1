package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/** The seed's facts, as a dashboard and a partner see them through the gateway. */
class SeedFactsTest {
    private static final String REPORT_DATE = "2025-08-08";

    @Test
    void thirtyOneMembersAndSeventeenObservers() {
        JsonPath answer = Gateway.graphql("""
                query($asOf: Date) {
                  members: organizations(status: "MEMBER", asOf: $asOf, first: 200) { nodes { id acronym status } pageInfo { hasNextPage } }
                  observers: organizations(status: "OBSERVER", asOf: $asOf, first: 200) { nodes { id acronym status } pageInfo { hasNextPage } }
                }""", Map.of("asOf", REPORT_DATE));
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getList("data.members.nodes.acronym", String.class)).hasSize(31)
                .contains("FAO", "ITU", "UN Tourism", "UN-Habitat", "World Bank", "WTO");
        assertThat(answer.getList("data.observers.nodes.acronym", String.class)).hasSize(17)
                .contains("CTBTO", "ODET", "UN ESCWA", "UNU");
        assertThat(answer.getList("data.members.nodes.status", String.class)).containsOnly("MEMBER");

        // the partners' REST API says the same
        for (String status : List.of("MEMBER", "OBSERVER")) {
            List<String> rest = Gateway.anonymous().queryParam("status", status).queryParam("asOf", REPORT_DATE)
                    .queryParam("limit", 200).when().get("/api/membership/organizations")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
            String field = status.equals("MEMBER") ? "members" : "observers";
            assertThat(rest).containsExactlyInAnyOrderElementsOf(answer.getList("data." + field + ".nodes.id", String.class));
        }
    }

    @Test
    void theChairAndViceChairsOf2025To2026() {
        JsonPath answer = Gateway.graphql("""
                query($asOf: Date) {
                  chair: posts(asOf: $asOf, kind: "CHAIR") { holderAcronym onBehalfOf holder { name } }
                  viceChairs: posts(asOf: $asOf, kind: "VICE_CHAIR") { holderAcronym onBehalfOf holder { acronym status } }
                }""", Map.of("asOf", REPORT_DATE));
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getList("data.chair.holderAcronym", String.class)).containsExactly("UNCTAD");
        assertThat(answer.getString("data.chair[0].holder.name")).isEqualTo("United Nations Conference on Trade and Development");
        assertThat(answer.getList("data.viceChairs.holderAcronym", String.class))
                .containsExactlyInAnyOrder("ITU", "UNESCO", "UNDP", "UN ESCWA");
        // ESCWA, an observer, holds its seat for the UN Regional Commissions
        assertThat(answer.getString("data.viceChairs.find { it.holderAcronym == 'UN ESCWA' }.onBehalfOf"))
                .isEqualTo("UN Regional Commissions");
    }

    @Test
    void paragraph133IsFoundByAFullTextSearchForRoadMap() {
        JsonPath answer = Gateway.graphql("{ search(q: \"road map\") { address number kind snippet document { issuingBody } } }");
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        List<Map<String, Object>> hits = answer.getList("data.search");
        assertThat(hits).as(answer.prettify()).anySatisfy(hit -> {
            assertThat(hit.get("number")).isEqualTo("133");
            assertThat((String) hit.get("address")).endsWith("#para_133");
            assertThat(((String) hit.get("snippet")).toLowerCase()).contains("<mark>road");
            assertThat(hit.get("document")).isEqualTo(Map.of("issuingBody", "ECOSOC"));
        });
    }

    @Test
    void the22ndUngisMeetingTookPlaceInsideTheWsis20HighLevelEvent() {
        JsonPath answer = Gateway.graphql("""
                {
                  meetings: events(series: "UNGIS meeting", first: 200) { nodes { id edition parentId } }
                  highLevel: events(series: "WSIS+20 High-Level Event", first: 200) { nodes { id edition when location { city } } }
                }""");
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        String parent = answer.getString("data.highLevel.nodes.find { it.edition == '2025' }.id");
        assertThat(answer.getString("data.highLevel.nodes.find { it.edition == '2025' }.location.city")).isEqualTo("Geneva");
        String meeting = answer.getString("data.meetings.nodes.find { it.edition == '22' }.id");
        assertThat(meeting).as(answer.prettify()).isNotNull();
        assertThat(answer.getString("data.meetings.nodes.find { it.edition == '22' }.parentId")).isEqualTo(parent);

        JsonPath details = Gateway.graphql("query($id: String!) { event(id: $id) { title sessions { title date } } }",
                Map.of("id", meeting));
        assertThat(details.getList("data.event.sessions.date", String.class)).containsExactly("2025-07-10", "2025-07-11");
    }
}
