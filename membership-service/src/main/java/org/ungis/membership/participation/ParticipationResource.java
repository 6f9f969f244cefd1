package org.ungis.membership.participation;

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
import org.ungis.membership.organization.OrganizationView;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/organizations/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARIAT)
@SecurityRequirement(name = "jwt")
@Tag(name = "Participation")
public class ParticipationResource {
    private final ParticipationService service;

    public ParticipationResource(ParticipationService service) {
        this.service = service;
    }

    @POST
    @Path("/admission")
    @Operation(summary = "Admit as member or observer (secretariat)")
    public Response admit(@PathParam("key") String key, @Valid @NotNull Admission admission,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(service.admit(key, VersionPreconditions.expectedVersion(ifMatch), admission));
    }

    @POST
    @Path("/status-changes")
    @Operation(summary = "Change from member to observer or back, from a date on (secretariat)")
    public Response changeStatus(@PathParam("key") String key, @Valid @NotNull StatusChange change,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(service.changeStatus(key, VersionPreconditions.expectedVersion(ifMatch), change));
    }

    @POST
    @Path("/withdrawal")
    @Operation(summary = "End participation in UNGIS (secretariat)")
    public Response withdraw(@PathParam("key") String key, @Valid @NotNull Withdrawal withdrawal,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(service.withdraw(key, VersionPreconditions.expectedVersion(ifMatch), withdrawal));
    }

    private static Response answer(OrganizationView organization) {
        return Response.ok(organization).tag(VersionPreconditions.etag(organization.version())).build();
    }
}
