package org.ungis.membership.organization;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.security.Roles;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {
    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List organizations", description = "Ordered by last change; page with cursor.")
    public Page<OrganizationView> list(@BeanParam ListQuery query) {
        return service.list(query);
    }

    @GET
    @Path("/{idOrAcronym}")
    @Operation(summary = "One organization, by id or acronym")
    public Response get(@PathParam("idOrAcronym") String idOrAcronym) {
        OrganizationView organization = service.get(idOrAcronym);
        return Response.ok(organization).tag(etag(organization)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an organization (secretariat)")
    public Response create(@Valid @NotNull NewOrganization request) {
        OrganizationView created = service.create(request);
        return Response.created(URI.create("/organizations/" + created.id())).entity(created).tag(etag(created))
                .build();
    }

    private static EntityTag etag(OrganizationView organization) {
        return new EntityTag(Long.toString(organization.version()));
    }
}
