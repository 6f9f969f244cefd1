package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ungis.e2e.Gateway.PATIENCE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Drill: events-service is stopped. Pass: a dashboard query across the three services still
 * answers, with the organization and its mentions, and for its events a null and an error naming
 * events-service with its problem (502 or 503); REST to it answers a problem; once it is back the
 * same query answers whole again.
 */
class PartialResultsDrillTest {
    private static final String QUERY = """
            { organization(key: "ITU") { acronym name events { id } mentionedIn { address } } }""";

    @Test
    void withAServiceDownTheGatewayAnswersWhatItCanAndRecovers() {
        E2ePlatform platform = E2ePlatform.get();
        JsonPath whole = Gateway.graphql(QUERY);
        assertThat(whole.getList("errors")).as(whole.prettify()).isNull();
        platform.process(E2ePlatform.EVENTS).stop();
        try {
            JsonPath partial = Gateway.graphql(QUERY);
            assertThat(partial.getString("data.organization.acronym")).isEqualTo("ITU");
            assertThat(partial.getList("data.organization.mentionedIn.address", String.class))
                    .isNotNull().isEqualTo(whole.getList("data.organization.mentionedIn.address", String.class));
            assertThat(partial.getList("data.organization.events")).isNull();
            assertThat(partial.getList("errors")).as(partial.prettify()).hasSize(1);
            assertThat(partial.getList("errors[0].path", String.class)).containsExactly("organization", "events");
            assertThat(partial.getString("errors[0].extensions.service")).isEqualTo("events-service");
            assertThat(partial.getInt("errors[0].extensions.problem.status")).isIn(502, 503);
            Gateway.anonymous().when().get("/api/events/events").then().statusCode(org.hamcrest.Matchers.oneOf(502, 503))
                    .contentType(org.hamcrest.Matchers.containsString("problem+json"));
        } finally {
            platform.restart(E2ePlatform.EVENTS);
        }
        await("whole answers again").atMost(PATIENCE).until(() -> Gateway.graphql(QUERY).getList("errors") == null);
        JsonPath recovered = Gateway.graphql(QUERY);
        assertThat(recovered.getList("data.organization.events.id", String.class))
                .isEqualTo(whole.getList("data.organization.events.id", String.class));
        assertThat(recovered.getList("data.organization.mentionedIn.address", String.class))
                .isEqualTo(whole.getList("data.organization.mentionedIn.address", String.class));
    }
}
