package org.ungis.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ungis.testing.PlatformTestResource;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** When no database connection can be had, a write is refused with a 503 the client may retry, and nothing is stored. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class DatabaseBusyTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteThatGetsNoConnectionAnswers503AndChangesNothing() throws SQLException {
        String acronym = MembershipApi.uniqueAcronym();
        long outboxBefore = outboxRows();
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        Duration patience = pool.acquisitionTimeout();
        int maxSize = pool.maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            // take every connection the background work leaves, until the pool has none to give
            pool.setAcquisitionTimeout(Duration.ofMillis(300));
            while (true) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException exhausted) {
                    break;
                }
            }
            // and shrink the pool to what the test holds: a connection the background work (outbox
            // relay, consumers, webhook dispatcher) gives back now is closed instead of being
            // handed to the write, which otherwise got it and committed
            pool.setMaxSize(held.size());
            MembershipApi.secretariat()
                    .body(Map.of("acronym", acronym, "name", "Never stored", "classification", "OTHER"))
                    .when().post("/organizations")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://ungis.org/problems/service-unavailable"))
                    .body("status", equalTo(503));
        } finally {
            pool.setMaxSize(maxSize);
            pool.setAcquisitionTimeout(patience);
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get("/organizations/" + acronym).then().statusCode(404);
        assertThat(outboxRows()).as("no change event was recorded").isEqualTo(outboxBefore);
    }

    private long outboxRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery("select count(*) from outbox_message")) {
            result.next();
            return result.getLong(1);
        }
    }
}
