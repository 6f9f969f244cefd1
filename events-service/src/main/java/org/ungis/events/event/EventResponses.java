package org.ungis.events.event;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.ungis.platform.versioning.VersionPreconditions;

/** Every write answers with the event as it now stands, its version as ETag. */
public final class EventResponses {
    private EventResponses() {
    }

    public static Response ok(EventDetailsView event) {
        return Response.ok(event).tag(VersionPreconditions.etag(event.event().version())).build();
    }

    /** 201 for something added to an event (itself, a session, an outcome): Location is the event. */
    public static Response created(EventDetailsView event) {
        return Response.created(URI.create("/events/" + event.event().id())).entity(event)
                .tag(VersionPreconditions.etag(event.event().version())).build();
    }
}
