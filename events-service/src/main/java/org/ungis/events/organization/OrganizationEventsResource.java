package org.ungis.events.organization;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.events.event.EventService;
import org.ungis.events.event.EventView;
import org.ungis.events.event.OrganizationEvents;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.request.QueryValues;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class OrganizationEventsResource {
    private static final int MAX_IDS = 200;

    private final EventService events;

    public OrganizationEventsResource(EventService events) {
        this.events = events;
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "Events an organization organizes or takes part in",
            description = "By membership-service organization id, itself or in a session; ordered by last change.")
    public Page<EventView> list(@PathParam("id") String id, @BeanParam ListQuery query) {
        return events.ofOrganization(id, query);
    }

    @GET
    @Path("/events")
    @Operation(summary = "Events of several organizations at once (a batch lookup)",
            description = "For each organization id, in the order given, the events it organizes or takes part in, "
                    + "itself or in a session, by start date. An id not known here has no events.")
    public List<OrganizationEvents> ofOrganizations(@QueryParam("ids")
    @Parameter(description = "Comma-separated organization ids (at most 200).", required = true) String ids) {
        return events.ofOrganizations(QueryValues.ids(ids, "ids", MAX_IDS)
                .orElseThrow(() -> ProblemException.invalid("ids", "is required")));
    }
}
