package org.ungis.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ungis.changeevents.events.EventState;
import org.ungis.events.organization.OrganizationNames;
import org.ungis.events.outcome.Outcome;
import org.ungis.events.outcome.OutcomeRequest;
import org.ungis.events.session.Session;
import org.ungis.events.session.SessionRequest;
import org.ungis.platform.dates.DatePrecision;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/**
 * A meeting or forum: when and where it takes place, who organizes it and takes part, its
 * sessions and its outcomes. The aggregate root: every change to it, its sessions or outcomes
 * goes through a method here and raises its version (the iCalendar SEQUENCE).
 */
@Entity
@Table(name = "event")
public class Event {
    @Id
    UUID id;

    @Column(nullable = false)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EventKind kind;

    String series;

    String edition;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    DatePrecision datePrecision;

    @Column(name = "time_zone")
    String timeZone;

    @Embedded
    Location location;

    String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    Event parent;

    @ElementCollection
    @CollectionTable(name = "event_organizer", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "organization_id", nullable = false)
    List<UUID> organizerIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "organization_id", nullable = false)
    List<UUID> participantIds = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Session> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Outcome> outcomes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EventStatus status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Event() {
    }

    Event(EventDetails details, Event parent, Instant now) {
        requirePeriod(details.startDate(), details.endDate(), details.precision());
        this.id = UUID.randomUUID();
        this.status = EventStatus.PLANNED;
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.datePrecision = details.precision();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
        describe(details, parent, now);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public DatePrecision datePrecision() {
        return datePrecision;
    }

    public Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    Event parent() {
        return parent;
    }

    /** Sets everything but the dates; true if anything changed. */
    boolean describe(EventDetails details, Event newParent, Instant now) {
        String newTimeZone = details.timeZone() == null ? null : details.timeZone().strip();
        if (newTimeZone == null && sessions.stream().anyMatch(Session::isTimed)) {
            throw ProblemException.unprocessable("time-zone-required",
                    "Sessions of this event have times, which need the event's time zone.",
                    List.of(new FieldError("timeZone", "must be given while sessions have times")));
        }
        Location newLocation = Location.normalized(details.location());
        List<UUID> newOrganizers = details.organizers();
        List<UUID> newParticipants = details.participants();
        boolean changed = !Objects.equals(title, details.title().strip()) || kind != details.kind()
                || !Objects.equals(series, blankToNull(details.series()))
                || !Objects.equals(edition, blankToNull(details.edition()))
                || !Objects.equals(timeZone, newTimeZone) || !Objects.equals(location, newLocation)
                || !Objects.equals(description, blankToNull(details.description()))
                || !Objects.equals(idOf(parent), idOf(newParent)) || !organizerIds.equals(newOrganizers)
                || !participantIds.equals(newParticipants);
        if (changed) {
            title = details.title().strip();
            kind = details.kind();
            series = blankToNull(details.series());
            edition = blankToNull(details.edition());
            timeZone = newTimeZone;
            location = newLocation;
            description = blankToNull(details.description());
            parent = newParent;
            organizerIds = new ArrayList<>(newOrganizers);
            participantIds = new ArrayList<>(newParticipants);
            touch(now);
        }
        return changed;
    }

    /** Moves the event to new dates; true if they changed. Sessions must still fall within them. */
    boolean reschedule(LocalDate start, LocalDate end, DatePrecision precision, Instant now) {
        requirePeriod(start, end, precision);
        if (start.equals(startDate) && end.equals(endDate) && precision == datePrecision) {
            return false;
        }
        if (status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("event-cancelled", "A cancelled event cannot be rescheduled.");
        }
        sessions.stream().filter(session -> !session.within(start, end)).findFirst().ifPresent(session -> {
            throw ProblemException.unprocessable("session-outside-event",
                    "Session '" + session.title() + "' on " + session.date() + " would fall outside the new dates.",
                    List.of(new FieldError("startDate", "must not leave sessions outside the event")));
        });
        startDate = start;
        endDate = end;
        datePrecision = precision;
        touch(now);
        return true;
    }

    void confirm(Instant now) {
        changeStatus(EventStatus.CONFIRMED, Set.of(EventStatus.PLANNED), now);
    }

    void cancel(Instant now) {
        changeStatus(EventStatus.CANCELLED, Set.of(EventStatus.PLANNED, EventStatus.CONFIRMED), now);
    }

    void markHeld(LocalDate today, Instant now) {
        if (startDate.isAfter(today)) {
            throw ProblemException.unprocessable("not-started",
                    "An event can be marked held once it has started (it starts " + startDate + ").",
                    List.of(new FieldError("startDate", "is in the future")));
        }
        changeStatus(EventStatus.HELD, Set.of(EventStatus.PLANNED, EventStatus.CONFIRMED), now);
    }

    private void changeStatus(EventStatus to, Set<EventStatus> from, Instant now) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("invalid-status-change",
                    "The event is " + status + "; it cannot become " + to + ".");
        }
        status = to;
        touch(now);
    }

    public Session addSession(SessionRequest request, Instant now) {
        if (request.hasTimes() && timeZone == null) {
            throw ProblemException.unprocessable("time-zone-required",
                    "A session with times needs the event's time zone; set the event's timeZone first.",
                    List.of(new FieldError("startTime", "needs the event's timeZone")));
        }
        Session session = new Session(this, sessions.size(), request);
        if (!session.within(startDate, endDate)) {
            throw ProblemException.unprocessable("session-outside-event",
                    "The session's date must fall within the event (" + datePrecision.describe(startDate, endDate) + ").",
                    List.of(new FieldError("date", "must be within " + startDate + " and " + endDate)));
        }
        sessions.add(session);
        touch(now);
        return session;
    }

    public Outcome recordOutcome(OutcomeRequest request, Instant now) {
        Outcome outcome = new Outcome(this, outcomes.size(), request, now.truncatedTo(ChronoUnit.MICROS));
        outcomes.add(outcome);
        touch(now);
        return outcome;
    }

    /** Adds an organization to the event, or to one of its sessions; false when it is already there. */
    public boolean link(OrganizationRole role, UUID sessionId, UUID organizationId, Instant now) {
        boolean added;
        if (sessionId == null) {
            List<UUID> list = role == OrganizationRole.ORGANIZER ? organizerIds : participantIds;
            added = !list.contains(organizationId) && list.add(organizationId);
        } else {
            added = sessions.stream().filter(session -> session.id().equals(sessionId)).findFirst()
                    .map(session -> session.link(role, organizationId))
                    .orElse(false);
        }
        if (added) {
            touch(now);
        }
        return added;
    }

    /** Every organization the event names, in it or in its sessions. */
    public Set<UUID> organizations() {
        Set<UUID> all = new LinkedHashSet<>(organizerIds);
        all.addAll(participantIds);
        sessions.forEach(session -> all.addAll(session.organizations()));
        return all;
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private void touch(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt == null || at.isAfter(updatedAt) ? at : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    static void requirePeriod(LocalDate start, LocalDate end, DatePrecision precision) {
        if (end.isBefore(start)) {
            throw ProblemException.unprocessable("invalid-date-range", "An event cannot end before it starts.",
                    List.of(new FieldError("endDate", "must not be before startDate")));
        }
        if (!precision.fits(start, end)) {
            throw ProblemException.unprocessable("date-precision-mismatch",
                    "Dates known only to the " + precision.name().toLowerCase() + " run from the first to the last day of "
                            + "whole " + precision.name().toLowerCase() + "s.",
                    List.of(new FieldError("startDate", "must be the first day of a " + precision.name().toLowerCase()),
                            new FieldError("endDate", "must be the last day of a " + precision.name().toLowerCase())));
        }
    }

    EventState toState() {
        return new EventState(id.toString(), title, kind.name(), startDate, endDate, status.name(), updatedAt, version,
                datePrecision.name(), series, edition, timeZone, location == null ? null : location.toState(),
                description, parent == null ? null : parent.id.toString(),
                organizerIds.stream().map(UUID::toString).toList(),
                participantIds.stream().map(UUID::toString).toList(),
                sessions.stream().map(Session::toState).toList(),
                outcomes.stream().map(Outcome::toState).toList(),
                createdAt);
    }

    EventRef toRef() {
        return new EventRef(id, title, kind, startDate, endDate, datePrecision, status);
    }

    EventView toView(OrganizationNames names) {
        return new EventView(id, title, kind, series, edition, startDate, endDate, datePrecision,
                datePrecision.describe(startDate, endDate), timeZone, location, description,
                parent == null ? null : parent.id, status, names.of(organizerIds), names.of(participantIds),
                createdAt, updatedAt, version);
    }

    private static UUID idOf(Event event) {
        return event == null ? null : event.id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
