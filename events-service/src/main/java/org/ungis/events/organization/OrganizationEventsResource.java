package org.ungis.events.organization;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.events.event.EventService;
import org.ungis.events.event.OrganizationEvents;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.readcache.ReadCache;
import org.ungis.platform.request.QueryValues;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class OrganizationEventsResource {
    private static final int MAX_IDS = 200;

    private final EventService events;
    private final ReadCache cache;

    public OrganizationEventsResource(EventService events, ReadCache cache) {
        this.events = events;
        this.cache = cache;
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "Events an organization organizes or takes part in",
            description = "By membership-service organization id, itself or in a session; ordered by last change.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(ref = "EventPage")))
    public Response list(@PathParam("id") String id, @BeanParam ListQuery query, @Context UriInfo uri) {
        return cache.ok("organization-events/" + id + "?" + uri.getRequestUri().getRawQuery(),
                () -> events.ofOrganization(id, query), page -> null);
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
