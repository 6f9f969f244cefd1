package org.ungis.events.organization;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.events.event.EventService;
import org.ungis.events.event.EventView;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;

@Path("/organizations/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class OrganizationEventsResource {
    private final EventService events;

    public OrganizationEventsResource(EventService events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "Events an organization organizes or takes part in",
            description = "By membership-service organization id, itself or in a session; ordered by last change.")
    public Page<EventView> list(@PathParam("id") String id, @BeanParam ListQuery query) {
        return events.ofOrganization(id, query);
    }
}
