package org.ungis.events.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.request.QueryValues;

/** The filters of the event list and the calendar feed, parsed with field errors for bad values. */
public class EventFilter {
    private static final int MAX_IDS = 200;

    @QueryParam("from")
    @Parameter(description = "Only events still running on or after this day (YYYY-MM-DD).", example = "2025-01-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "Only events starting on or before this day (YYYY-MM-DD).", example = "2025-12-31")
    String to;

    @QueryParam("kind")
    @Parameter(description = "e.g. IGF, UNGIS_MEETING")
    String kind;

    @QueryParam("status")
    @Parameter(description = "PLANNED, CONFIRMED, HELD or CANCELLED")
    String status;

    @QueryParam("participant")
    @Parameter(description = "An organization id: events it organizes or takes part in, itself or in a session.")
    String participant;

    @QueryParam("series")
    @Parameter(description = "e.g. IGF (any case)")
    String series;

    @QueryParam("ids")
    @Parameter(description = "Comma-separated event ids (at most 200): a batch lookup.")
    String ids;

    public EventFilter() {
    }

    /** Events an organization organizes or takes part in. */
    public static EventFilter ofParticipant(UUID organizationId) {
        EventFilter filter = new EventFilter();
        filter.participant = organizationId.toString();
        return filter;
    }

    Optional<LocalDate> from() {
        return QueryValues.date(from, "from");
    }

    Optional<LocalDate> to() {
        return QueryValues.date(to, "to");
    }

    Optional<UUID> participant() {
        return QueryValues.id(participant, "participant", "an organization id");
    }

    /** HQL conditions on Event (no alias) and their parameters. */
    Condition toCondition() {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new java.util.ArrayList<>();
        Optional<LocalDate> fromDay = from();
        Optional<LocalDate> toDay = to();
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        fromDay.ifPresent(day -> {
            conditions.add("endDate >= :from");
            params.put("from", day);
        });
        toDay.ifPresent(day -> {
            conditions.add("startDate <= :to");
            params.put("to", day);
        });
        QueryValues.enumValue(EventKind.class, kind, "kind").ifPresent(value -> {
            conditions.add("kind = :kind");
            params.put("kind", value);
        });
        QueryValues.enumValue(EventStatus.class, status, "status").ifPresent(value -> {
            conditions.add("status = :status");
            params.put("status", value);
        });
        if (series != null && !series.isBlank()) {
            conditions.add("lower(series) = lower(:series)");
            params.put("series", series.strip());
        }
        QueryValues.ids(ids, "ids", MAX_IDS).ifPresent(values -> {
            conditions.add("id in :ids");
            params.put("ids", values);
        });
        participant().ifPresent(organization -> {
            conditions.add("""
                    (id in (select e.id from Event e join e.organizerIds o where o = :participant)
                     or id in (select e.id from Event e join e.participantIds p where p = :participant)
                     or id in (select s.event.id from Session s join s.organizerIds o where o = :participant)
                     or id in (select s.event.id from Session s join s.participantIds p where p = :participant))""");
            params.put("participant", organization);
        });
        return new Condition(conditions.stream().collect(Collectors.joining(" and ")), params);
    }

    record Condition(String hql, Map<String, Object> params) {
    }
}
