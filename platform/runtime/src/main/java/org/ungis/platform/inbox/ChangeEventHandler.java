package org.ungis.platform.inbox;

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
}
