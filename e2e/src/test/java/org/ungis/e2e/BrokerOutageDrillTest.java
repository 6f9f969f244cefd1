package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Drill: the Kafka broker is down for 30 s while the secretariat keeps writing. Pass: every write
 * is committed (201) and its event waits in the outbox; once the broker is back on the same
 * address every event is published and every consumer records each once, applied, and the
 * replicas hold the organizations.
 */
class BrokerOutageDrillTest {
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration WRITE_EVERY = Duration.ofSeconds(2);

    @Test
    void writesCommitWhileTheBrokerIsDownAndTheirEventsFlowOnceItReturns() throws Exception {
        E2ePlatform platform = E2ePlatform.get();
        List<String> ids = new ArrayList<>();
        platform.stopBroker();
        try {
            long end = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < end) {
                ids.add(Gateway.createOrganization(Gateway.uniqueAcronym("B"))); // 201 or the test fails
                Thread.sleep(WRITE_EVERY.toMillis()); // paces the writes over the outage; not an assertion
            }
            List<Tables.OutboxRow> waiting = ids.stream().flatMap(id -> Tables.outbox(id).stream()).toList();
            assertThat(waiting).hasSize(ids.size());
            assertThat(waiting).as("nothing published while the broker is down").noneMatch(Tables.OutboxRow::published);
        } finally {
            platform.startBroker();
        }
        assertThat(ids).as("writes during the outage").hasSizeGreaterThanOrEqualTo(5);
        long back = System.nanoTime();

        await("every event published").atMost(Duration.ofSeconds(120))
                .until(() -> ids.stream().allMatch(id -> Tables.outbox(id).stream().allMatch(Tables.OutboxRow::published)));
        List<Tables.OutboxRow> events = ids.stream().flatMap(id -> Tables.outbox(id).stream()).toList();
        await("every event applied once by every consumer").atMost(Duration.ofSeconds(120))
                .until(() -> events.stream().allMatch(row -> Tables.appliedOnceByEveryConsumer(row.eventId())));
        System.out.printf("broker outage drill: %d writes during the outage, all applied %d s after the broker returned%n",
                ids.size(), Duration.ofNanos(System.nanoTime() - back).toSeconds());
        for (Tables.OutboxRow row : events) {
            assertThat(Tables.replicaVersion(E2ePlatform.EVENTS, row.aggregateId())).isEqualTo(row.version());
            assertThat(Tables.replicaVersion(E2ePlatform.RESOLUTIONS, row.aggregateId())).isEqualTo(row.version());
        }
        // the platform writes and publishes normally again
        String after = Gateway.createOrganization(Gateway.uniqueAcronym("B"));
        await("a write after the outage is applied").atMost(Gateway.PATIENCE)
                .until(() -> Tables.outbox(after).stream().allMatch(row -> Tables.appliedOnceByEveryConsumer(row.eventId())));
    }
}
