package org.ungis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PackagedService;

/**
 * Drill: a second events-service on a fresh database, its consumers in groups of their own
 * ({@code UNGIS_KAFKA_CONSUMER_GROUP_SUFFIX}), rebuilds its organization replica by reading the
 * membership topic from the start. Pass: its replica becomes row for row the live one (id,
 * acronym, name, version), including a rename made while it was rebuilding.
 */
class ReplayDrillTest {

    @Test
    void aFreshReplicaReplayedFromTheStartEqualsTheLiveOne() throws Exception {
        E2ePlatform platform = E2ePlatform.get();
        String acronym = Gateway.uniqueAcronym("Y");
        String id = Gateway.createOrganization(acronym);
        String suffix = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        String database = platform.freshDatabase("events_" + suffix.replace('-', '_'));
        // the rebuilt instance keeps its own outbox (its seed events) to itself: it is not published
        PackagedService replay = platform.process(E2ePlatform.EVENTS).variant(Map.of(
                "PORT", Integer.toString(PackagedService.freePort()),
                "DATABASE_URL", database,
                "UNGIS_KAFKA_CONSUMER_GROUP_SUFFIX", suffix,
                "UNGIS_OUTBOX_LINGER", "1h",
                "UNGIS_OUTBOX_SWEEP_INTERVAL", "1h"));
        try (Connection live = platform.connect(E2ePlatform.EVENTS); Connection rebuilt = platform.connectTo(database)) {
            String etag = Gateway.anonymous().when().get("/api/membership/organizations/" + id).then().extract().header("ETag");
            Gateway.secretariat().header("If-Match", etag)
                    .body(Map.of("acronym", acronym, "name", "Replayed " + acronym, "classification", "OTHER"))
                    .when().put("/api/membership/organizations/" + id).then().statusCode(200);

            await("the rebuilt replica equals the live one").atMost(Duration.ofSeconds(90)).until(() -> {
                List<String> expected = Tables.replicaRows(live);
                return expected.stream().anyMatch(row -> row.contains("Replayed " + acronym))
                        && expected.equals(Tables.replicaRows(rebuilt));
            });
            List<String> rows = Tables.replicaRows(rebuilt);
            assertThat(rows).hasSizeGreaterThan(48).contains(id + "|" + acronym + "|Replayed " + acronym + "|1");
        } finally {
            replay.kill(); // no shutdown drain either
            replay.close();
        }
    }
}
