package org.ungis.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** A routed problem names the address under the gateway's prefix; anything else passes unchanged. */
class RoutedInstanceTest {

    @Test
    void prefixesTheInstanceOfAProblem() {
        Buffer problem = new JsonObject().put("type", "https://ungis.org/problems/not-found").put("status", 404)
                .put("instance", "/organizations/NOPE").toBuffer();
        JsonObject routed = RestRouting.withRoutedInstance(problem, "/api/membership").toJsonObject();
        assertThat(routed.getString("instance")).isEqualTo("/api/membership/organizations/NOPE");
        assertThat(routed.getInteger("status")).isEqualTo(404);
    }

    @Test
    void passesOnWhatItCannotRewrite() {
        for (String body : new String[] { "[1, 2]", "not json", "{\"status\": 404}", "{\"instance\": 7}",
                "{\"instance\": \"urn:x\"}" }) {
            assertThat(RestRouting.withRoutedInstance(Buffer.buffer(body), "/api/events").toString()).isEqualTo(body);
        }
    }
}
