package org.ungis.platform.inbox;

import java.io.IOException;

import org.ungis.changeevents.AggregateState;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a change event's payload as the aggregate state its type carries, or rejects the event for good. */
public final class ChangeEventPayloads {
    private ChangeEventPayloads() {
    }

    /**
     * The payload as {@code type}; {@link RejectedChangeEventException} when it is not one, or
     * names another aggregate than the event's subject.
     */
    public static <T extends AggregateState> T read(ObjectMapper objectMapper, ReceivedChangeEvent event, Class<T> type) {
        T state;
        try {
            state = objectMapper.readValue(event.data(), type);
        } catch (IOException e) {
            throw new RejectedChangeEventException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (state == null || state.id() == null) {
            throw new RejectedChangeEventException(type.getSimpleName() + " without an id");
        }
        if (!state.id().equals(event.subject())) {
            throw new RejectedChangeEventException("payload id " + state.id() + " is not the subject " + event.subject());
        }
        return state;
    }
}
