package org.ungis.events.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.paging.Cursor;
import org.ungis.platform.paging.KeysetPaging;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

@ApplicationScoped
public class EventService {
    private final EventRepository events;
    private final Outbox outbox;

    public EventService(EventRepository events, Outbox outbox) {
        this.events = events;
        this.outbox = outbox;
    }

    @Transactional
    public EventView schedule(NewEvent request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.unprocessable("invalid-date-range", "An event cannot end before it starts.",
                    List.of(new FieldError("endDate", "must not be before startDate")));
        }
        Event event = new Event(request.title().trim(), request.kind(), request.startDate(), request.endDate(),
                Instant.now());
        events.persist(event);
        events.flush();
        outbox.record(ChangeEventType.EVENT_SCHEDULED, event.toState());
        return event.toView();
    }

    @Transactional
    public EventView get(String id) {
        try {
            return events.findByIdOptional(UUID.fromString(id)).map(Event::toView)
                    .orElseThrow(() -> ProblemException.notFound("event", id));
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("event", id);
        }
    }

    @Transactional
    public Page<EventView> list(ListQuery query) {
        return KeysetPaging.page(events, query, "", Map.of(), event -> new Cursor(event.updatedAt(), event.id()))
                .map(Event::toView);
    }
}
