package org.ungis.resolutions.mandate;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/mandates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mandates")
public class MandateResource {
    private final MandateService service;

    public MandateResource(MandateService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List mandates", description = "Filter by body tasked, status, due date, document; ordered by last change.")
    public Page<MandateView> list(@BeanParam MandateFilter filter, @BeanParam ListQuery query) {
        return service.list(filter, query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One mandate")
    public Response get(@PathParam("id") String id) {
        MandateView mandate = service.get(id);
        return Response.ok(mandate).tag(VersionPreconditions.etag(mandate.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record that a paragraph tasks a body (secretariat)")
    public Response create(@Valid @NotNull NewMandate request) {
        MandateView mandate = service.create(request);
        return Response.created(URI.create("/mandates/" + mandate.id())).entity(mandate)
                .tag(VersionPreconditions.etag(mandate.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a mandate: deliverable, due date or event, delivered (secretariat)",
            description = "Send If-Match with the ETag you read; 412 if it changed since.")
    public Response update(@PathParam("id") String id, @Valid @NotNull MandateDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MandateView mandate = service.update(id, VersionPreconditions.expectedVersion(ifMatch), details);
        return Response.ok(mandate).tag(VersionPreconditions.etag(mandate.version())).build();
    }
}
