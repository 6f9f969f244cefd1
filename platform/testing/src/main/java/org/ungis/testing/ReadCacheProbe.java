package org.ungis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * Shows that a read is answered from a service's read cache: changes the database behind the
 * service's back (no NOTIFY, no outbox) and reads again, expecting the earlier answer. Only
 * conclusive while no committed change moved the service's generation in between (a test's
 * background, such as the outbox relay publishing an earlier write, may): then it tries again.
 */
public final class ReadCacheProbe {
    private static final int ATTEMPTS = 10;

    private ReadCacheProbe() {
    }

    /**
     * @param generation the service's {@code CommittedChanges::generation}
     * @param read the answer as a client sees it
     * @param behindTheCache commits a database change without telling the service, once per
     *        attempt, and returns a text new in each that a fresh answer would show
     * @return the cached answer
     */
    public static String assertServedFromCache(LongSupplier generation, Supplier<String> read,
            Supplier<String> behindTheCache) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = generation.getAsLong();
            read.get(); // a cache keeps an answer from its key's second request on
            String cached = read.get();
            String changed = behindTheCache.get();
            String again = read.get();
            if (before >= 0 && generation.getAsLong() == before) {
                assertThat(again).as("answer read after an unannounced database change")
                        .doesNotContain(changed).isEqualTo(cached);
                return cached;
            }
        }
        return fail("a committed change moved the generation during every attempt");
    }

    /**
     * Another writer's committed change, with no change event and no NOTIFY: runs {@code update}
     * (parameters: a new text, then {@code id}) on one row and returns the text it wrote.
     */
    public static String updateBehindTheCache(DataSource dataSource, String update, Object id) {
        String text = "Behind the cache " + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, text);
            statement.setObject(2, id);
            assertThat(statement.executeUpdate()).as("rows changed behind the cache").isEqualTo(1);
            return text;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
