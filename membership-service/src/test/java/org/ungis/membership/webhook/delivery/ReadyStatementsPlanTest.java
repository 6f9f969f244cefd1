package org.ungis.membership.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ungis.testing.PlatformTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The statements that ready waiting deliveries work out the heads of the streams once, whatever
 * plan PostgreSQL picks. Written as a join, the sweep once ran for minutes with 100,000 deliveries
 * waiting (in a nested loop over the head computation, which alone took 0.23 s), and the recorder,
 * which runs it, stored nothing meanwhile. Planned as the service runs them: sequential scans
 * off, and both the generic plan a prepared statement ends up with and a custom one.
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class ReadyStatementsPlanTest {
    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = { "force_generic_plan", "force_custom_plan" })
    void theSweepJoinsNothing(String planCacheMode) throws Exception {
        List<String> plan = plan(planCacheMode, DeliveryQueue.READY_WAITING, "uuid, uuid", "null, null");
        assertThat(plan).as("plan of the sweep").noneMatch(ReadyStatementsPlanTest::joins);
        assertThat(String.join("\n", plan)).contains("InitPlan");
    }

    @ParameterizedTest
    @ValueSource(strings = { "force_generic_plan", "force_custom_plan" })
    void readyingTheNextOfAStreamJoinsNothing(String planCacheMode) throws Exception {
        List<String> plan = plan(planCacheMode, DeliveryQueue.READY_NEXT, "uuid[], text[]",
                "array[gen_random_uuid()], array['subject']");
        assertThat(plan).as("plan of readying the next").noneMatch(ReadyStatementsPlanTest::joins);
        assertThat(String.join("\n", plan)).contains("InitPlan");
    }

    /** The check can fail: a statement that joins the heads to the rows has a join in its plan. */
    @Test
    void aJoinShowsInThePlan() throws Exception {
        List<String> plan = plan("force_generic_plan", """
                update webhook_delivery d set ready = true
                from (select distinct on (subscription_id, subject) id, ready from webhook_delivery
                      where status = 'PENDING' and (?::uuid is null or subscription_id = ?::uuid)
                      order by subscription_id, subject, id) head
                where d.id = head.id and not head.ready""", "uuid, uuid", "null, null");
        assertThat(plan).anyMatch(ReadyStatementsPlanTest::joins);
    }

    private static boolean joins(String line) {
        return line.contains("Join") || line.contains("Nested Loop");
    }

    private List<String> plan(String planCacheMode, String jdbcSql, String parameterTypes, String arguments)
            throws Exception {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : jdbcSql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++parameter);
            } else {
                numbered.append(c);
            }
        }
        // a pooled connection: the settings end with the transaction; the prepared statement (not
        // transactional) is dropped by name, leaving the driver's own prepared statements alone
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            boolean prepared = false;
            try {
                statement.execute("set local enable_seqscan = off");
                statement.execute("set local plan_cache_mode = " + planCacheMode);
                statement.execute("prepare ready_statement(" + parameterTypes + ") as " + numbered);
                prepared = true;
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("explain execute ready_statement(" + arguments + ")")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                return lines;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                if (prepared) {
                    statement.execute("deallocate ready_statement");
                }
            }
        }
    }
}
