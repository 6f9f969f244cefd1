package org.ungis.events.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.events.event.EventResponses;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/events/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class SessionResource {
    private final SessionService service;

    public SessionResource(SessionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a session or segment to an event (secretariat)",
            description = "Answers with the event, its new session last. If-Match optional; 412 if stale.")
    public Response add(@PathParam("id") String id, @Valid @NotNull SessionRequest session,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.created(service.add(id, VersionPreconditions.expectedVersion(ifMatch), session));
    }
}
