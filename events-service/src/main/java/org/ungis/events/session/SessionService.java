package org.ungis.events.session;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.events.event.Event;
import org.ungis.events.event.EventDetailsView;
import org.ungis.events.event.EventService;
import org.ungis.events.organization.OrganizationDirectory;

/** Sessions belong to their event's aggregate: adding one changes the event and announces it. */
@ApplicationScoped
public class SessionService {
    private final EventService events;
    private final OrganizationDirectory organizations;

    public SessionService(EventService events, OrganizationDirectory organizations) {
        this.events = events;
        this.organizations = organizations;
    }

    @Transactional
    public EventDetailsView add(String eventId, OptionalLong expectedVersion, SessionRequest request) {
        Event event = events.lockForChange(eventId, expectedVersion);
        organizations.requireKnown("organizerIds", request.organizers());
        organizations.requireKnown("participantIds", request.participants());
        event.addSession(request, Instant.now());
        return events.recordChange(ChangeEventType.EVENT_UPDATED, event);
    }
}
