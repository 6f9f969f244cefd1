package org.ungis.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.ungis.gateway.GraphQl.awaitReplicas;
import static org.ungis.gateway.GraphQl.documentNaming;
import static org.ungis.gateway.GraphQl.event;
import static org.ungis.gateway.GraphQl.member;
import static org.ungis.gateway.GraphQl.query;
import static org.ungis.gateway.GraphQl.secretariat;
import static org.ungis.gateway.GraphQl.uniqueAcronym;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.gateway.downstream.Downstream;
import org.ungis.gateway.downstream.Service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Queries over the three real services: nesting across services, batching, lookups by alias. */
@QuarkusTest
@WithTestResource(ServicesTestResource.class)
class DashboardQueryTest {
    private static final String DASHBOARD = """
            query Dashboard($ids: [String]) {
              organizations(ids: $ids, first: 50) {
                nodes {
                  id acronym status
                  posts { kind }
                  postHistory { kind termStart holder { acronym } }
                  events { title participants { acronym } sessions { title } outcomes { title documentRef { id } document { symbol } } }
                  mentionedIn { address matched document { symbol } }
                }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Inject
    Downstream downstream;

    @Test
    void answersANestedQueryAcrossTheThreeServices() {
        String first = uniqueAcronym();
        String second = uniqueAcronym();
        String firstId = member(first);
        String secondId = member(second);
        awaitReplicas(firstId, first);
        awaitReplicas(secondId, second);
        String title = "Gateway nested " + first;
        event(title, List.of(firstId, secondId));
        String symbol = documentNaming(first);
        secretariat().body(Map.of("kind", "VICE_CHAIR", "holder", first, "termStart", "2041-01-01", "termEnd", "2042-12-31"))
                .when().post("/api/membership/posts").then().statusCode(201);

        query(DASHBOARD, Map.of("ids", List.of(firstId, secondId))).body("errors", nullValue())
                .body("data.organizations.nodes.acronym", hasItem(first))
                .body("data.organizations.nodes.find { it.id == '" + firstId + "' }.status", equalTo("MEMBER"))
                .body("data.organizations.nodes.find { it.id == '" + firstId + "' }.events.title", contains(title))
                .body("data.organizations.nodes.find { it.id == '" + firstId + "' }.events[0].participants.acronym",
                        contains(first, second))
                .body("data.organizations.nodes.find { it.id == '" + firstId + "' }.mentionedIn.address",
                        contains(symbol + "#para_1"))
                .body("data.organizations.nodes.find { it.id == '" + firstId + "' }.mentionedIn[0].matched", equalTo(first))
                .body("data.organizations.nodes.find { it.id == '" + firstId + "' }.postHistory[0].holder.acronym",
                        equalTo(first))
                .body("data.organizations.nodes.find { it.id == '" + secondId + "' }.mentionedIn", hasSize(0))
                .body("data.organizations.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void resolvesFiftyOrganizationsWithOneRequestPerServiceAndLevel() {
        String acronym = uniqueAcronym();
        String own = member(acronym);
        awaitReplicas(own, acronym);
        event("Gateway batching " + acronym, List.of(own));
        documentNaming(acronym);
        secretariat().body(Map.of("kind", "VICE_CHAIR", "holder", own, "termStart", "2043-01-01", "termEnd", "2043-12-31"))
                .when().post("/api/membership/posts").then().statusCode(201);
        List<String> ids = new java.util.ArrayList<>(io.restassured.RestAssured.given().queryParam("limit", 60)
                .when().get("/api/membership/organizations").then().statusCode(200)
                .extract().<List<String>>path("items.id").stream().filter(id -> !id.equals(own)).limit(49).toList());
        ids.add(own);
        assertThat(ids).hasSize(50);

        Map<Service, Long> before = calls();
        var answer = query(DASHBOARD, Map.of("ids", ids)).body("errors", nullValue())
                .body("data.organizations.nodes", hasSize(50))
                .body("data.organizations.nodes.find { it.id == '" + own + "' }.events[0].participants.acronym",
                        contains(acronym))
                .body("data.organizations.nodes.find { it.id == '" + own + "' }.mentionedIn", hasSize(1))
                .extract().jsonPath();
        Map<Service, Long> after = calls();
        boolean outcomeDocuments = !answer.getList("data.organizations.nodes.events.flatten().outcomes.flatten().documentRef.findAll { it != null }").isEmpty();
        // membership: the organizations, their post history, its holders, the events' participants
        assertThat(after.get(Service.MEMBERSHIP) - before.get(Service.MEMBERSHIP)).isEqualTo(4);
        // events: the organizations' events, then those events' sessions, and their outcomes
        assertThat(after.get(Service.EVENTS) - before.get(Service.EVENTS)).isEqualTo(3);
        // resolutions: the organizations' mentions, and the outcomes' documents when some outcome names one
        assertThat(after.get(Service.RESOLUTIONS) - before.get(Service.RESOLUTIONS)).isEqualTo(outcomeDocuments ? 2 : 1);
    }

    @Test
    void findsAnOrganizationByAFormerAcronym() {
        String former = uniqueAcronym();
        String current = uniqueAcronym();
        String id = member(former);
        secretariat().body(Map.of("acronym", current, "name", "Renamed " + current,
                "classification", "OTHER")).when().put("/api/membership/organizations/" + id).then().statusCode(200);

        query("query($key: String!) { organization(key: $key) { id acronym aliases { value kind } } }",
                Map.of("key", former)).body("errors", nullValue())
                .body("data.organization.id", equalTo(id))
                .body("data.organization.acronym", equalTo(current))
                .body("data.organization.aliases.value", hasItem(former));
        query("{ organization(key: \"NO-SUCH-ORGANIZATION\") { id } }").body("errors", nullValue())
                .body("data.organization", nullValue());
    }

    @Test
    void answersDocumentsSearchMandatesMatrixAndEvents() {
        String acronym = uniqueAcronym();
        String id = member(acronym);
        awaitReplicas(id, acronym);
        String symbol = documentNaming(acronym);
        query("""
                query($symbol: String!, $q: String!) {
                  document(key: $symbol) { symbol title text { number paragraphCount } }
                  paragraphs(document: $symbol) { address mentions { acronym organization { id } } }
                  search(q: $q) { address document { symbol } }
                  mandates(first: 5) { nodes { taskedBody } pageInfo { hasNextPage } }
                  matrix { gdc { code } organizations { acronym } }
                  currentPosts { kind holder { acronym } }
                  events(first: 5) { nodes { title } }
                }""", Map.of("symbol", symbol, "q", acronym)).body("errors", nullValue())
                .body("data.document.symbol", equalTo(symbol))
                .body("data.document.text.paragraphCount", equalTo(1))
                .body("data.paragraphs[0].mentions[0].organization.id", equalTo(id))
                .body("data.search.address", hasItem(symbol + "#para_1"))
                .body("data.matrix", notNullValue())
                .body("data.currentPosts.kind", hasItem("CHAIR"))
                .body("data.events.nodes", hasSize(5));
    }

    @Test
    void linksAMandateToTheEventItIsDueAtInOneEventsRequest() {
        String series = "Series " + uniqueAcronym();
        String event = secretariat().body(Map.of("title", "First meeting of " + series, "kind", "OTHER",
                "startDate", "2030-06-01", "endDate", "2030-06-02", "series", series, "edition", "1"))
                .when().post("/api/events/events").then().statusCode(201).extract().path("id");
        String symbol = documentNaming(uniqueAcronym());
        for (String deliverable : List.of("a report", "a survey")) {
            secretariat().body(Map.of("document", symbol, "paragraph", "1", "details", Map.of("taskedBody", "UNGIS",
                    "deliverable", deliverable, "dueEvent", "its first meeting",
                    "dueEventEdition", Map.of("series", series, "edition", "1"))))
                    .when().post("/api/resolutions/mandates").then().statusCode(201);
        }
        String mandates = """
                query($symbol: String!) {
                  mandates(document: $symbol) {
                    nodes { deliverable dueEventText dueEventEdition { series edition } dueEvent { id title series } }
                  }
                }""";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> query(mandates, Map.of("symbol", symbol))
                .body("data.mandates.nodes.dueEvent.id", contains(event, event)));

        Map<Service, Long> before = calls();
        query(mandates, Map.of("symbol", symbol)).body("errors", nullValue())
                .body("data.mandates.nodes.dueEventText", contains("its first meeting", "its first meeting"))
                .body("data.mandates.nodes.dueEventEdition.edition", contains("1", "1"))
                .body("data.mandates.nodes.dueEvent.title", contains("First meeting of " + series,
                        "First meeting of " + series));
        Map<Service, Long> after = calls();
        assertThat(after.get(Service.RESOLUTIONS) - before.get(Service.RESOLUTIONS)).isEqualTo(1);
        assertThat(after.get(Service.EVENTS) - before.get(Service.EVENTS)).isEqualTo(1);
    }

    @Test
    void answersBadArgumentsWithTheServicesFieldErrors() {
        query("{ organizations(status: \"RETIRED\") { nodes { id } } }")
                .body("data.organizations", nullValue())
                .body("errors[0].path", contains("organizations"))
                .body("errors[0].extensions.service", equalTo("membership-service"))
                .body("errors[0].extensions.problem.status", equalTo(400))
                .body("errors[0].extensions.problem.errors[0].field", equalTo("status"));
        query("{ events(first: 500) { nodes { id } } }")
                .body("errors[0].extensions.problem.errors[0].field", equalTo("limit"));
        query("{ search(q: \"\") { address } }")
                .body("errors[0].extensions.problem.errors[0].field", equalTo("q"));
        query("{ organizations { nodes { nosuchfield } } }")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("nosuchfield"));
    }

    private Map<Service, Long> calls() {
        Map<Service, Long> calls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            calls.put(service, downstream.client(service).calls());
        }
        return calls;
    }
}
