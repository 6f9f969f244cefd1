package org.ungis.events.calendar;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.events.event.EventDetailsView;
import org.ungis.events.event.EventFilter;
import org.ungis.events.event.EventService;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/calendar")
@Produces(CalendarWriter.MEDIA_TYPE)
@Tag(name = "Calendar")
public class CalendarResource {
    /** A feed is one document; past this many events, narrow it with the filters. */
    static final int MAX_EVENTS = 1000;

    private final EventService events;
    private final CalendarWriter writer;

    public CalendarResource(EventService events, CalendarWriter writer) {
        this.events = events;
        this.writer = writer;
    }

    @GET
    @Path("/events.ics")
    @Operation(summary = "iCalendar feed of events and their dated sessions",
            description = "The filters of GET /events; by start date, at most 1000 events.")
    public Response feed(@BeanParam EventFilter filter) {
        return calendar(writer.write(events.byStartDate(filter, MAX_EVENTS)), "ungis-events.ics").build();
    }

    @GET
    @Path("/events/{id}.ics")
    @Operation(summary = "One event and its dated sessions as iCalendar", description = "ETag is the event's version.")
    public Response event(@PathParam("id") String id) {
        EventDetailsView event = events.get(id);
        return calendar(writer.write(java.util.List.of(event)), "event-" + event.event().id() + ".ics")
                .tag(VersionPreconditions.etag(event.event().version())).build();
    }

    private static Response.ResponseBuilder calendar(String body, String filename) {
        return Response.ok(body, CalendarWriter.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
    }
}
