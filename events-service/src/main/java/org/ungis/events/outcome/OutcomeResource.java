package org.ungis.events.outcome;

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

@Path("/events/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class OutcomeResource {
    private final OutcomeService service;

    public OutcomeResource(OutcomeService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record what an event produced or received (secretariat)",
            description = "Answers with the event, its new outcome last. If-Match optional; 412 if stale.")
    public Response record(@PathParam("id") String id, @Valid @NotNull OutcomeRequest outcome,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.created(service.record(id, VersionPreconditions.expectedVersion(ifMatch), outcome));
    }
}
