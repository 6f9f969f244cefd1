package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ungis.e2e.Gateway.PATIENCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.testing.WebhookReceiver;
import org.ungis.testing.WebhookReceiver.Received;
import org.ungis.testing.WebhookSignatures;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** An organization's life through the gateway: admitted, made a member, renamed; every service and channel agrees. */
class OrganizationJourneyTest {
    private static final String ADMITTED = "org.ungis.membership.organization.admitted";
    private static final String STATUS_CHANGED = "org.ungis.membership.organization.status_changed";

    @Test
    void anObserverMadeAMemberReachesPartnersDashboardsAndEveryService() throws Exception {
        String partner = Gateway.createOrganization(Gateway.uniqueAcronym("P"));
        try (WebhookReceiver receiver = WebhookReceiver.start(); GraphQlSubscriptions dashboard = GraphQlSubscriptions.connect()) {
            String path = "/partner/" + UUID.randomUUID();
            ExtractableResponse<Response> subscribed = Gateway.partner(partner)
                    .body(Map.of("url", receiver.url(path), "eventTypes", List.of(ADMITTED, STATUS_CHANGED),
                            "description", "end-to-end partner"))
                    .when().post("/api/membership/webhook-subscriptions").then().statusCode(201).extract();
            String subscription = subscribed.path("subscription.id");
            String secret = subscribed.path("secret");
            try {
                Subscriptions.watchMembership(dashboard);

                String acronym = Gateway.uniqueAcronym("N");
                JsonPath created = Gateway.graphql("""
                        mutation($organization: OrganizationInput!) { createOrganization(organization: $organization) { id acronym } }""",
                        Map.of("organization", Map.of("acronym", acronym, "name", "Newly admitted " + acronym,
                                "classification", "OTHER")));
                // a mutation needs the secretariat's token: without one the service refuses it
                assertThat(created.getString("errors[0].extensions.problem.status")).isEqualTo("401");
                String id = Gateway.secretariat().body(Map.of("query", """
                        mutation($organization: OrganizationInput!) { createOrganization(organization: $organization) { id acronym } }""",
                        "variables", Map.of("organization", Map.of("acronym", acronym, "name", "Newly admitted " + acronym,
                                "classification", "OTHER"))))
                        .when().post("/graphql").then().statusCode(200).extract().path("data.createOrganization.id");
                assertThat(id).isNotNull();
                Gateway.secretariat().body(Map.of("query", """
                        mutation($key: String!, $since: Date) { admitOrganization(key: $key, status: "OBSERVER", since: $since) { status } }""",
                        "variables", Map.of("key", acronym, "since", LocalDate.now().minusDays(30).toString())))
                        .when().post("/graphql").then().statusCode(200).body("data.admitOrganization.status", org.hamcrest.Matchers.equalTo("OBSERVER"));
                Gateway.secretariat().body(Map.of("status", "MEMBER", "on", LocalDate.now().toString()))
                        .when().post("/api/membership/organizations/" + id + "/status-changes").then().statusCode(200);

                // the partner's endpoint gets both, signed with its secret
                await("both webhooks").atMost(PATIENCE).until(() -> about(receiver.received(path), id).size() >= 2);
                List<Received> deliveries = about(receiver.received(path), id);
                assertThat(deliveries).hasSize(2);
                assertThat(deliveries.get(0).body()).contains(ADMITTED);
                assertThat(deliveries.get(1).body()).contains(STATUS_CHANGED);
                assertThat(deliveries).allSatisfy(delivery -> assertThat(WebhookSignatures.verifies(secret, delivery.webhookId(),
                        delivery.webhookTimestamp(), delivery.body(), delivery.webhookSignature())).as("signature").isTrue());
                assertThat(deliveries.get(0).webhookId()).isNotEqualTo(deliveries.get(1).webhookId());

                // the dashboard's subscription sees both
                await("both changes on the subscription").atMost(PATIENCE).until(() -> types(dashboard, id).containsAll(
                        List.of(ADMITTED, STATUS_CHANGED)));
                assertThat(types(dashboard, id)).containsExactly("org.ungis.membership.organization.created", ADMITTED, STATUS_CHANGED);

                // events-service's replica knows it: an event may list it, named as membership names it
                String event = Gateway.eventOnceKnown("Journey " + acronym, id);
                Gateway.anonymous().when().get("/api/events/events/" + event).then().statusCode(200)
                        .body("participants[0].acronym", org.hamcrest.Matchers.equalTo(acronym))
                        .body("participants[0].name", org.hamcrest.Matchers.equalTo("Newly admitted " + acronym));
                // resolutions-service's replica knows it: a paragraph naming it is tagged with it
                String symbol = Gateway.document("Invites " + acronym + " to contribute to the road map;");
                await("resolutions-service tags " + acronym).atMost(PATIENCE).until(() -> Gateway.anonymous()
                        .queryParam("organizations", id).when().get("/api/resolutions/mentions").then().statusCode(200)
                        .extract().jsonPath().getList("[0].paragraphs.address", String.class), addresses -> addresses.contains(symbol + "#para_1"));

                // REST and GraphQL agree
                JsonPath rest = Gateway.anonymous().when().get("/api/membership/organizations/" + id).then().statusCode(200)
                        .extract().jsonPath();
                JsonPath graph = Gateway.graphql("""
                        query($key: String!) { organization(key: $key) {
                          id acronym name status version participation { status since }
                          events { id } mentionedIn { address } } }""", Map.of("key", id));
                assertThat(graph.getList("errors")).as(graph.prettify()).isNull();
                assertThat(graph.getString("data.organization.acronym")).isEqualTo(rest.getString("acronym")).isEqualTo(acronym);
                assertThat(graph.getString("data.organization.name")).isEqualTo(rest.getString("name"));
                assertThat(graph.getString("data.organization.status")).isEqualTo(rest.getString("status")).isEqualTo("MEMBER");
                assertThat(graph.getLong("data.organization.version")).isEqualTo(rest.getLong("version"));
                assertThat(graph.getList("data.organization.participation.status", String.class))
                        .isEqualTo(rest.getList("participation.status", String.class)).contains("OBSERVER", "MEMBER");
                assertThat(graph.getList("data.organization.events.id", String.class)).containsExactly(event);
                assertThat(graph.getList("data.organization.mentionedIn.address", String.class)).containsExactly(symbol + "#para_1");
            } finally {
                Gateway.partner(partner).when().delete("/api/membership/webhook-subscriptions/" + subscription)
                        .then().statusCode(204);
            }
        }
    }

    @Test
    void aRenamedOrganizationIsRenamedEverywhereAndItsFormerAcronymStillResolves() {
        String former = Gateway.uniqueAcronym("F");
        String id = Gateway.createOrganization(former);
        String event = Gateway.eventOnceKnown("Rename " + former, id);
        String before = Gateway.document("Requests " + former + " to report;");
        await("mention of " + former).atMost(PATIENCE).until(() -> mentionAcronyms(before), List.of(former)::equals);

        String acronym = Gateway.uniqueAcronym("R");
        String etag = Gateway.anonymous().when().get("/api/membership/organizations/" + id).then().statusCode(200)
                .extract().header("ETag");
        Gateway.secretariat().header("If-Match", etag)
                .body(Map.of("acronym", acronym, "name", "Renamed " + acronym, "classification", "OTHER"))
                .when().put("/api/membership/organizations/" + id).then().statusCode(200);

        // event participants, as events-service names them, carry the new name
        await("events-service renames").atMost(PATIENCE).until(() -> Gateway.graphql(
                "query($id: String!) { event(id: $id) { participantRefs { id acronym name } participants { name } } }",
                Map.of("id", event)).getString("data.event.participantRefs[0].name"), ("Renamed " + acronym)::equals);
        // paragraph mentions: the old text still names it (by its former acronym), under its new acronym
        await("resolutions-service renames").atMost(PATIENCE).until(() -> mentionAcronyms(before), List.of(acronym)::equals);
        JsonPath mentions = Gateway.graphql("query($d: String!) { paragraphs(document: $d) { mentions { organizationId acronym matched } } }",
                Map.of("d", before));
        assertThat(mentions.getString("data.paragraphs[0].mentions[0].organizationId")).isEqualTo(id);
        assertThat(mentions.getString("data.paragraphs[0].mentions[0].matched")).isEqualTo(former);
        // and a new text naming it by the new acronym is tagged with the same organization
        String after = Gateway.document("Welcomes the work of " + acronym + ";");
        await("mention of " + acronym).atMost(PATIENCE).until(() -> Gateway.graphql(
                "query($key: String!) { organization(key: $key) { name mentionedIn { address matched } } }", Map.of("key", acronym))
                .getList("data.organization.mentionedIn.address", String.class), addresses -> addresses.containsAll(
                        List.of(before + "#para_1", after + "#para_1")));

        // the former acronym still resolves, in REST and GraphQL
        Gateway.anonymous().when().get("/api/membership/organizations/" + former).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id)).body("acronym", org.hamcrest.Matchers.equalTo(acronym));
        JsonPath resolved = Gateway.graphql("query($key: String!) { organization(key: $key) { id acronym aliases { value kind } } }",
                Map.of("key", former));
        assertThat(resolved.getString("data.organization.id")).isEqualTo(id);
        assertThat(resolved.getString("data.organization.aliases.find { it.value == '" + former + "' }.kind"))
                .isEqualTo("FORMER_ACRONYM");
    }

    private static List<String> mentionAcronyms(String symbol) {
        return Gateway.graphql("query($d: String!) { paragraphs(document: $d) { mentions { acronym } } }", Map.of("d", symbol))
                .getList("data.paragraphs[0].mentions.acronym", String.class);
    }

    private static List<Received> about(List<Received> received, String organizationId) {
        return received.stream().filter(request -> request.body().contains(organizationId)).toList();
    }

    private static List<String> types(GraphQlSubscriptions dashboard, String organizationId) {
        return dashboard.changes(Subscriptions.MEMBERSHIP, "membershipChanges",
                change -> organizationId.equals(change.path("aggregateId").asText()))
                .stream().map(change -> change.path("type").asText()).toList();
    }
}
