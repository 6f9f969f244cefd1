package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PackagedPlatform;
import org.ungis.testing.PackagedService;

/**
 * Drill: the machine goes down. Every service is killed (SIGKILL: no consumer leaves its group)
 * and the broker stops, so when it comes back its consumer groups still list the dead members.
 * Pass: once the services are up again, a change is applied by every consumer within 30 s. A
 * consumer that joined as a new member would wait until the broker gave up on its dead self (the
 * rebalance timeout, five minutes) before reading anything.
 */
class PlatformCrashDrillTest {
    private static final Duration AFTER_RESTART = Duration.ofSeconds(30);

    @Test
    void afterEverythingWasKilledTheConsumersReadAgainAtOnce() {
        E2ePlatform platform = E2ePlatform.get();
        String before = Gateway.createOrganization(Gateway.uniqueAcronym("C"));
        await("the platform consumes before the crash").atMost(Gateway.PATIENCE)
                .until(() -> Tables.outbox(before).stream().allMatch(row -> Tables.appliedOnceByEveryConsumer(row.eventId())));

        List<PackagedService> services = PackagedPlatform.SERVICES.stream().map(platform::process).toList();
        services.forEach(PackagedService::kill);
        platform.stopBroker();
        platform.startBroker();
        services.forEach(PackagedService::launch);
        services.forEach(PackagedService::awaitReady);

        long ready = System.nanoTime();
        String after = Gateway.createOrganization(Gateway.uniqueAcronym("C"));
        List<Tables.OutboxRow> rows = Tables.outbox(after);
        assertThat(rows).hasSize(1);
        await("applied by every consumer soon after the restart").atMost(AFTER_RESTART)
                .until(() -> Tables.appliedOnceByEveryConsumer(rows.get(0).eventId()));
        System.out.printf("platform crash drill: a change made after the restart applied everywhere in %d ms%n",
                Duration.ofNanos(System.nanoTime() - ready).toMillis());
        assertThat(Tables.replicaVersion(E2ePlatform.EVENTS, after)).isEqualTo(rows.get(0).version());
        assertThat(Tables.replicaVersion(E2ePlatform.RESOLUTIONS, after)).isEqualTo(rows.get(0).version());
    }
}
