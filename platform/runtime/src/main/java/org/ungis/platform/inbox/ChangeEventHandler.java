package org.ungis.platform.inbox;

import java.util.List;
import java.util.Set;

import org.ungis.changeevents.ChangeTopic;

/**
 * A consumer of change events, typically one that keeps a local replica of another service's
 * data. Implementations are CDI beans; {@link ChangeEventConsumers} runs each on its own Kafka
 * consumer and calls {@link #applyAll} inside a transaction that also records the events as
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
     * Applies several events of one poll, in one transaction: the newest event of each of their
     * aggregates (never two of one aggregate), in the order they were read. Handlers that can
     * write them in a few statements for all do so; by default, one by one.
     */
    default void applyAll(List<ReceivedChangeEvent> events) {
        events.forEach(this::apply);
    }
}
