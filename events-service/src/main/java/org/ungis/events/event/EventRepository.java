package org.ungis.events.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Events taking place during {@code parent}, by start date. */
    List<Event> parts(UUID parent) {
        return list("parent.id = ?1 order by startDate, title", parent);
    }

    /** The events with these ids, in the order of {@code ids}. */
    List<Event> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Event> found = list("id in ?1", ids).stream().collect(Collectors.toMap(Event::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
