package org.ungis.platform.inbox;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.ungis.changeevents.AggregateState;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a change event's payload as the aggregate state it announces, for a replica to copy:
 * refuses ({@link RejectedChangeEventException}, so the event is dead-lettered) a payload that is
 * not that state, lacks a field the replica needs, or describes another aggregate than the
 * event's subject.
 */
public final class ChangeEventPayload {
    private ChangeEventPayload() {
    }

    /**
     * @param required the fields the replica cannot do without, by name, with their values in the
     *        parsed state (a function of it)
     */
    public static <S extends AggregateState> S read(ObjectMapper objectMapper, ReceivedChangeEvent event,
            Class<S> type, Map<String, java.util.function.Function<S, Object>> required) {
        S state;
        try {
            state = objectMapper.readValue(event.data(), type);
        } catch (IOException e) {
            throw new RejectedChangeEventException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (state.id() == null) {
            throw new RejectedChangeEventException(type.getSimpleName() + " lacks id");
        }
        required.forEach((field, value) -> {
            if (value.apply(state) == null) {
                throw new RejectedChangeEventException(type.getSimpleName() + " lacks " + field);
            }
        });
        if (!Objects.equals(state.id(), event.subject())) {
            throw new RejectedChangeEventException("payload id " + state.id() + " is not the subject " + event.subject());
        }
        try {
            UUID.fromString(state.id());
        } catch (IllegalArgumentException e) {
            throw new RejectedChangeEventException("payload id " + state.id() + " is not a UUID", e);
        }
        return state;
    }
}
