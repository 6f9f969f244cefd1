package org.ungis.events.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** SQL conditions on table event (alias {@code e}) and their parameters, in order. */
    Condition toCondition() {
        List<Object> params = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Optional<LocalDate> fromDay = from();
        Optional<LocalDate> toDay = to();
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        fromDay.ifPresent(day -> {
            conditions.add("e.end_date >= ?");
            params.add(day);
        });
        toDay.ifPresent(day -> {
            conditions.add("e.start_date <= ?");
            params.add(day);
        });
        QueryValues.enumValue(EventKind.class, kind, "kind").ifPresent(value -> {
            conditions.add("e.kind = ?");
            params.add(value.name());
        });
        QueryValues.enumValue(EventStatus.class, status, "status").ifPresent(value -> {
            conditions.add("e.status = ?");
            params.add(value.name());
        });
        if (series != null && !series.isBlank()) {
            conditions.add("lower(e.series) = lower(?)");
            params.add(series.strip());
        }
        QueryValues.ids(ids, "ids", MAX_IDS).ifPresent(values -> {
            conditions.add("e.id = any(?)");
            params.add(values.toArray(UUID[]::new));
        });
        participant().ifPresent(organization -> {
            conditions.add("""
                    (exists (select 1 from event_organizer o where o.event_id = e.id and o.organization_id = ?)
                     or exists (select 1 from event_participant p where p.event_id = e.id and p.organization_id = ?)
                     or exists (select 1 from session s join session_organizer o on o.session_id = s.id
                                where s.event_id = e.id and o.organization_id = ?)
                     or exists (select 1 from session s join session_participant p on p.session_id = s.id
                                where s.event_id = e.id and p.organization_id = ?))""");
            params.addAll(List.of(organization, organization, organization, organization));
        });
        return new Condition(conditions, params);
    }

    record Condition(List<String> conditions, List<Object> params) {
    }
}
