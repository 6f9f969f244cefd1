package org.ungis.events.outcome;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.events.event.Event;
import org.ungis.events.event.EventDetailsView;
import org.ungis.events.event.EventService;

/** Outcomes belong to their event's aggregate: recording one changes the event and announces it. */
@ApplicationScoped
public class OutcomeService {
    private final EventService events;

    public OutcomeService(EventService events) {
        this.events = events;
    }

    @Transactional
    public EventDetailsView record(String eventId, OptionalLong expectedVersion, OutcomeRequest request) {
        Event event = events.lockForChange(eventId, expectedVersion);
        event.recordOutcome(request, Instant.now());
        return events.recordChange(ChangeEventType.EVENT_OUTCOME_RECORDED, event);
    }
}
