package org.ungis.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ungis.outbox")
public interface OutboxSettings {

    /**
     * How often the sweeper looks for events left unpublished (after a crash, or while the broker
     * was away). Publishing itself starts right after each commit.
     */
    @WithDefault("2s")
    Duration sweepInterval();

    /**
     * How long a wake waits before draining, so that the changes of a busy moment go out in one
     * relay transaction instead of one each.
     */
    @WithDefault("3ms")
    Duration linger();

    /** Rows claimed and sent per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long published rows are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
