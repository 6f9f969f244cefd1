package org.ungis.events.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.ungis.changeevents.events.EventState;
import org.ungis.events.event.Event;
import org.ungis.events.event.EventPart;
import org.ungis.events.event.OrganizationRole;
import org.ungis.events.organization.OrganizationNames;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/** A session or segment of an event; part of the event's aggregate, changed only through it. */
@Entity
@Table(name = "session")
public class Session extends EventPart {
    LocalDate date;

    @Column(name = "start_time")
    LocalTime startTime;

    @Column(name = "end_time")
    LocalTime endTime;

    String summary;

    @ElementCollection
    @CollectionTable(name = "session_organizer", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "organization_id", nullable = false)
    List<UUID> organizerIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_participant", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "organization_id", nullable = false)
    List<UUID> participantIds = new ArrayList<>();

    protected Session() {
    }

    public Session(Event event, int position, SessionRequest request) {
        super(event, position, request.title());
        if (request.hasTimes() && request.date() == null) {
            throw ProblemException.unprocessable("date-required", "A session with times needs its date.",
                    List.of(new FieldError("date", "must be given with startTime or endTime")));
        }
        if (request.startTime() != null && request.endTime() != null && !request.endTime().isAfter(request.startTime())) {
            throw ProblemException.unprocessable("invalid-time-range", "A session cannot end before it starts.",
                    List.of(new FieldError("endTime", "must be after startTime")));
        }
        this.date = request.date();
        this.startTime = request.startTime();
        this.endTime = request.endTime();
        this.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        this.organizerIds = new ArrayList<>(request.organizers());
        this.participantIds = new ArrayList<>(request.participants());
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public String summary() {
        return summary;
    }

    public boolean isTimed() {
        return startTime != null;
    }

    /** Whether its date, when known, lies in [start, end]. */
    public boolean within(LocalDate start, LocalDate end) {
        return date == null || !date.isBefore(start) && !date.isAfter(end);
    }

    /** Adds an organization; false when it is already there. */
    public boolean link(OrganizationRole role, UUID organizationId) {
        List<UUID> list = role == OrganizationRole.ORGANIZER ? organizerIds : participantIds;
        return !list.contains(organizationId) && list.add(organizationId);
    }

    public Set<UUID> organizations() {
        Set<UUID> all = new LinkedHashSet<>(organizerIds);
        all.addAll(participantIds);
        return all;
    }

    public EventState.Session toState() {
        return new EventState.Session(id().toString(), title(), date, startTime, endTime,
                organizerIds.stream().map(UUID::toString).toList(),
                participantIds.stream().map(UUID::toString).toList(), summary);
    }

    public SessionView toView(OrganizationNames names) {
        return new SessionView(id(), title(), date, startTime, endTime, names.of(organizerIds), names.of(participantIds),
                summary);
    }
}
