package org.ungis.events.event;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {
    private final EventService service;

    public EventResource(EventService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List events", description = "Ordered by last change; page with cursor.")
    public Page<EventView> list(@BeanParam ListQuery query) {
        return service.list(query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event")
    public Response get(@PathParam("id") String id) {
        EventView event = service.get(id);
        return Response.ok(event).tag(VersionPreconditions.etag(event.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Schedule an event (secretariat)")
    public Response schedule(@Valid @NotNull NewEvent request) {
        EventView event = service.schedule(request);
        return Response.created(URI.create("/events/" + event.id())).entity(event)
                .tag(VersionPreconditions.etag(event.version())).build();
    }
}
