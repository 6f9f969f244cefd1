package org.ungis.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;
import org.ungis.testing.ServiceBasicsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class MembershipServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String documentedPath() {
        return "/organizations";
    }

    /** Its own change events reach the webhooks through the outbox relay, not through a consumer. */
    @Override
    protected boolean consumesChangeEvents() {
        return false;
    }

    @Test
    void servesTheWebhookQueueDepth() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ungis_webhook_queue_depth"));
    }
}
