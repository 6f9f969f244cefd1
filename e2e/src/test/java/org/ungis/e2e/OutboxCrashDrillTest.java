package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ungis.e2e.Gateway.PATIENCE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PackagedService;

/**
 * Drill: membership-service dies (SIGKILL) after a change committed and before its event was
 * published. Pass: the outbox row is unpublished while it is down; after the restart the event is
 * published and every consumer of the topic records it once, applied; both replicas show the
 * organization.
 */
class OutboxCrashDrillTest {

    @Test
    void anEventCommittedBeforeASigkillIsPublishedOnceAfterTheRestart() {
        E2ePlatform platform = E2ePlatform.get();
        PackagedService live = platform.process(E2ePlatform.MEMBERSHIP);
        live.stop();
        // the same service on the same port and database, but its relay waits 10 minutes after a
        // commit and its sweeper as long: the window between commit and publish stays open
        PackagedService lingering = live.variant(Map.of("UNGIS_OUTBOX_LINGER", "10m", "UNGIS_OUTBOX_SWEEP_INTERVAL", "10m"));
        String id;
        try {
            id = Gateway.createOrganization(Gateway.uniqueAcronym("K")); // 201: committed
        } finally {
            lingering.kill();
            lingering.close();
        }

        List<Tables.OutboxRow> rows = Tables.outbox(id);
        assertThat(rows).as("the created event, written with the change").hasSize(1);
        Tables.OutboxRow row = rows.get(0);
        assertThat(row.type()).isEqualTo("org.ungis.membership.organization.created");
        assertThat(row.published()).as("not published before the kill").isFalse();
        for (String consumer : Tables.ORGANIZATION_CONSUMERS.keySet()) {
            assertThat(Tables.inbox(consumer, row.eventId())).as(consumer + " has not seen it").isEmpty();
        }

        platform.restart(E2ePlatform.MEMBERSHIP); // normal settings

        await("published after the restart").atMost(PATIENCE).until(() -> Tables.outbox(id).get(0).published());
        await("applied once by every consumer").atMost(PATIENCE).until(() -> Tables.appliedOnceByEveryConsumer(row.eventId()));
        assertThat(Tables.replicaVersion(E2ePlatform.EVENTS, id)).isEqualTo(row.version());
        assertThat(Tables.replicaVersion(E2ePlatform.RESOLUTIONS, id)).isEqualTo(row.version());
        assertThat(Tables.outbox(id)).as("published once, not written again").hasSize(1);
    }
}
