package org.ungis.platform.inbox;

import java.time.Duration;
import java.util.Set;

import org.ungis.changeevents.ChangeTopic;

/**
 * A consumer of change events, typically one that keeps a local replica of another service's
 * data. Implementations are CDI beans; {@link ChangeEventConsumers} runs each on its own Kafka
 * consumer and calls {@link #apply} inside a transaction that also records the event as
 * processed, at most once per event id and only for versions newer than the one applied.
 */
public interface ChangeEventHandler {

    /** Unique per service and purpose; also the Kafka consumer group id. */
    String consumerName();

    Set<ChangeTopic> topics();

    /**
     * Applies the event. Throw {@link RejectedChangeEventException} for an event that can never
     * be applied: it goes to the dead-letter topic and consumption goes on.
     */
    void apply(ReceivedChangeEvent event);

    /**
     * True for a handler that keeps each event's effect to one by itself, keyed by the event id
     * (a unique key on it), wants every version (a webhook message per change, not the newest
     * state of a replica), and writes nothing that reads serve from a cache. The inbox then
     * records nothing for it and announces nothing: {@link #apply} is called for every event,
     * redeliveries included, in the poll's transaction.
     */
    default boolean deduplicatesByEventId() {
        return false;
    }

    /**
     * How long the broker may hold a fetch back to gather more events, so that they are read and
     * applied in batches: one fetch and one transaction for many events instead of one each. A
     * replica lags by up to this much more, and costs a fraction of the CPU, on the broker too. A
     * consumer whose latency users see directly answers {@link Duration#ZERO}: each fetch then
     * returns as soon as anything is there.
     */
    default Duration batchWindow() {
        return Duration.ofMillis(100);
    }
}
