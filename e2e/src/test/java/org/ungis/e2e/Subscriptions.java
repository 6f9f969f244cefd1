package org.ungis.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Subscriptions a dashboard opens, and how a test knows one is live (the protocol does not acknowledge them). */
final class Subscriptions {
    static final String MEMBERSHIP = "membership";

    private Subscriptions() {
    }

    /**
     * Subscribes to membership changes and returns once the subscription delivers: a probe
     * organization is created (again, while the subscription is still being set up) until its
     * change arrives.
     */
    static void watchMembership(GraphQlSubscriptions dashboard) throws Exception {
        dashboard.subscribe(MEMBERSHIP, "subscription { membershipChanges { eventId type aggregateId version state } }");
        await("the membership subscription delivers").atMost(Gateway.PATIENCE).pollDelay(Duration.ZERO).until(() -> {
            String probe = Gateway.createOrganization(Gateway.uniqueAcronym("S"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (!dashboard.changes(MEMBERSHIP, "membershipChanges",
                        change -> probe.equals(change.path("aggregateId").asText())).isEmpty()) {
                    return true;
                }
                Thread.sleep(50);
            }
            return false;
        });
    }
}
