package org.ungis.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.events.document.DocumentDirectory;
import org.ungis.events.document.DocumentRef;
import org.ungis.events.organization.OrganizationDirectory;
import org.ungis.events.organization.OrganizationNames;
import org.ungis.events.outcome.Outcome;
import org.ungis.platform.outbox.Outbox;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/**
 * The event aggregate's transactions: each loads, changes through {@link Event}, and records the
 * change event in the outbox in the same transaction.
 */
@ApplicationScoped
public class EventService {
    /** Parent chains longer than this are refused; real nesting is two or three levels. */
    private static final int MAX_NESTING = 16;
    /** The earliest calendar day anywhere: an event has started once it has started somewhere. */
    private static final ZoneId EARLIEST_ZONE = ZoneId.of("Pacific/Kiritimati");

    private final EventRepository events;
    private final OrganizationDirectory organizations;
    private final DocumentDirectory documents;
    private final EventSnapshots snapshots;
    private final Outbox outbox;

    public EventService(EventRepository events, OrganizationDirectory organizations, DocumentDirectory documents,
            EventSnapshots snapshots, Outbox outbox) {
        this.events = events;
        this.snapshots = snapshots;
        this.organizations = organizations;
        this.documents = documents;
        this.outbox = outbox;
    }

    @Transactional
    public EventDetailsView schedule(EventDetails details) {
        requireKnownOrganizations(details);
        Event event = new Event(details, parentFor(details.parentId(), null), Instant.now());
        events.persist(event);
        return recordChange(ChangeEventType.EVENT_SCHEDULED, event);
    }

    /** Replaces the details; other dates make it a reschedule. */
    @Transactional
    public EventDetailsView update(String id, OptionalLong expectedVersion, EventDetails details) {
        Event event = lockForChange(id, expectedVersion);
        requireKnownOrganizations(details);
        Event parent = parentFor(details.parentId(), event);
        Instant now = Instant.now();
        boolean rescheduled = event.reschedule(details.startDate(), details.endDate(), details.precision(), now);
        boolean described = event.describe(details, parent, now);
        if (!rescheduled && !described) {
            return details(event);
        }
        return recordChange(rescheduled ? ChangeEventType.EVENT_RESCHEDULED : ChangeEventType.EVENT_UPDATED, event);
    }

    @Transactional
    public EventDetailsView reschedule(String id, OptionalLong expectedVersion, Reschedule dates) {
        Event event = lockForChange(id, expectedVersion);
        if (!event.reschedule(dates.startDate(), dates.endDate(), dates.precision(), Instant.now())) {
            return details(event);
        }
        return recordChange(ChangeEventType.EVENT_RESCHEDULED, event);
    }

    @Transactional
    public EventDetailsView confirm(String id, OptionalLong expectedVersion) {
        Event event = lockForChange(id, expectedVersion);
        event.confirm(Instant.now());
        return recordChange(ChangeEventType.EVENT_UPDATED, event);
    }

    @Transactional
    public EventDetailsView cancel(String id, OptionalLong expectedVersion) {
        Event event = lockForChange(id, expectedVersion);
        event.cancel(Instant.now());
        return recordChange(ChangeEventType.EVENT_CANCELLED, event);
    }

    @Transactional
    public EventDetailsView markHeld(String id, OptionalLong expectedVersion) {
        Event event = lockForChange(id, expectedVersion);
        event.markHeld(LocalDate.now(EARLIEST_ZONE), Instant.now());
        return recordChange(ChangeEventType.EVENT_HELD, event);
    }

    /** Adds an organization to the event or one of its sessions; false when already there. */
    @Transactional
    public boolean link(UUID eventId, UUID sessionId, OrganizationRole role, UUID organizationId) {
        Event event = lockForChange(eventId.toString(), OptionalLong.empty());
        if (!event.link(role, sessionId, organizationId, Instant.now())) {
            return false;
        }
        recordChange(ChangeEventType.EVENT_UPDATED, event);
        return true;
    }

    @Transactional
    public EventDetailsView get(String id) {
        return details(find(id));
    }

    /** Reads from {@link EventSnapshots}, outside any transaction: one query per page. */
    public Page<EventView> list(EventFilter filter, ListQuery query) {
        return snapshots.page(filter, query);
    }

    /** Events an organization organizes or takes part in; 404 when membership-service never announced it. */
    @Transactional
    public Page<EventView> ofOrganization(String organizationId, ListQuery query) {
        UUID id;
        try {
            id = UUID.fromString(organizationId.strip());
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("organization", organizationId);
        }
        if (!organizations.exists(id)) {
            throw ProblemException.notFound("organization", organizationId);
        }
        return list(EventFilter.ofParticipant(id), query);
    }

    /**
     * For each organization (membership-service id), in the order asked, the events it organizes or
     * takes part in, itself or in a session, by start date; an organization not known here has none.
     */
    public List<OrganizationEvents> ofOrganizations(List<UUID> organizationIds) {
        Map<UUID, List<EventView>> found = new LinkedHashMap<>();
        organizationIds.forEach(id -> found.put(id, new ArrayList<>()));
        if (!organizationIds.isEmpty()) {
            snapshots.involving(organizationIds).forEach(pair -> found.get(pair.getKey()).add(pair.getValue()));
        }
        return found.entrySet().stream().map(entry -> new OrganizationEvents(entry.getKey(), entry.getValue())).toList();
    }

    /** The events asked for, in that order, with their parent, sessions and outcomes (not their parts); unknown ids are left out. */
    @Transactional
    public List<EventDetailsView> detailsOf(List<UUID> ids) {
        List<Event> found = events.byIds(ids);
        Set<UUID> named = new HashSet<>();
        found.forEach(event -> named.addAll(event.organizations()));
        OrganizationNames names = organizations.names(named);
        Map<String, DocumentRef> linked = linkedDocuments(found);
        return found.stream().map(event -> details(event, names, linked, false)).toList();
    }

    /** Matching events with their sessions and outcomes, by start date, for the calendar feed. */
    @Transactional
    public List<EventDetailsView> byStartDate(EventFilter filter, int limit) {
        List<Event> found = events.byIds(snapshots.idsByStartDate(filter, limit));
        Set<UUID> named = new HashSet<>();
        found.forEach(event -> named.addAll(event.organizations()));
        OrganizationNames names = organizations.names(named);
        Map<String, DocumentRef> linked = linkedDocuments(found);
        return found.stream().map(event -> details(event, names, linked, false)).toList();
    }

    /** Loads for a write: locked until commit, so writes to one event queue instead of failing. */
    public Event lockForChange(String id, OptionalLong expectedVersion) {
        Event event = find(id);
        events.getEntityManager().refresh(event, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != event.version()) {
            throw ProblemException.preconditionFailed("The event is at version " + event.version() + ", not "
                    + expectedVersion.getAsLong() + "; read it again before changing it.");
        }
        return event;
    }

    /** Flushes (the version rises), then writes the change event in this transaction. */
    public EventDetailsView recordChange(ChangeEventType type, Event event) {
        events.flush();
        outbox.record(type, event.toState());
        return details(event);
    }

    private Event find(String id) {
        try {
            return events.findByIdOptional(UUID.fromString(id.strip()))
                    .orElseThrow(() -> ProblemException.notFound("event", id));
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("event", id);
        }
    }

    private EventDetailsView details(Event event) {
        return details(event, organizations.names(event.organizations()), linkedDocuments(List.of(event)), true);
    }

    private EventDetailsView details(Event event, OrganizationNames names, Map<String, DocumentRef> linked,
            boolean withParts) {
        return new EventDetailsView(event.toView(names),
                event.parent() == null ? null : event.parent().toRef(),
                withParts ? events.parts(event.id()).stream().map(Event::toRef).toList() : List.of(),
                event.sessions().stream().map(session -> session.toView(names)).toList(),
                event.outcomes().stream().map(outcome -> outcome.toView(
                        outcome.documentKey() == null ? null : linked.get(outcome.documentKey()))).toList());
    }

    /** The documents the events' outcomes name that the replica knows, by symbol key: one query. */
    private Map<String, DocumentRef> linkedDocuments(List<Event> found) {
        return documents.bySymbolKey(found.stream().flatMap(event -> event.outcomes().stream())
                .map(Outcome::documentKey).filter(Objects::nonNull).distinct().toList());
    }

    private void requireKnownOrganizations(EventDetails details) {
        organizations.requireKnown("organizerIds", details.organizers());
        organizations.requireKnown("participantIds", details.participants());
    }

    /** The parent named by {@code parentId}, refusing one that does not exist or would make a cycle. */
    private Event parentFor(UUID parentId, Event self) {
        if (parentId == null) {
            return null;
        }
        Event parent = events.findByIdOptional(parentId).orElseThrow(() -> ProblemException.unprocessable(
                "unknown-parent", "The parent event does not exist.",
                List.of(new FieldError("parentId", "no event with id " + parentId))));
        int depth = 0;
        for (Event ancestor = parent; ancestor != null; ancestor = ancestor.parent()) {
            if (self != null && ancestor.id().equals(self.id())) {
                throw ProblemException.unprocessable("parent-cycle",
                        "An event cannot take place during itself or during one of its own parts.",
                        List.of(new FieldError("parentId", "would make a cycle")));
            }
            if (++depth > MAX_NESTING) {
                throw ProblemException.unprocessable("nesting-too-deep",
                        "Events nest at most " + MAX_NESTING + " levels deep.",
                        List.of(new FieldError("parentId", "is nested too deeply")));
            }
        }
        return parent;
    }
}
