package org.ungis.events.event;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Events taking place during {@code parent}, by start date. */
    List<Event> parts(UUID parent) {
        return list("parent.id = ?1 order by startDate, title", parent);
    }

    /** Matching events by start date, for the calendar feed; at most {@code limit}. */
    List<Event> byStartDate(EventFilter.Condition condition, int limit) {
        Parameters parameters = new Parameters();
        condition.params().forEach(parameters::and);
        String where = condition.hql().isBlank() ? "" : "where " + condition.hql() + " ";
        return find(where + "order by startDate, id", parameters).range(0, limit - 1).list();
    }
}
