package org.ungis.resolutions.matrix;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.request.QueryValues;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "WSIS-SDG-GDC matrix")
public class MatrixResource {
    private final MatrixService service;

    public MatrixResource(MatrixService service) {
        this.service = service;
    }

    @GET
    @Path("/items")
    @Operation(summary = "The entries of the matrix's axes: action lines, SDGs, GDC objectives and commitments")
    public List<MatrixItemView> items(@QueryParam("axis")
    @Parameter(description = "ACTION_LINE, SDG, GDC_OBJECTIVE or GDC_COMMITMENT; all when absent") String axis) {
        return service.items(QueryValues.enumValue(MatrixAxis.class, axis, "axis"));
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an entry to an axis, e.g. a GDC commitment under its objective (secretariat)")
    public Response addItem(@Valid @NotNull MatrixItemView item) {
        return Response.status(Response.Status.CREATED).entity(service.addItem(item)).build();
    }

    @GET
    @Path("/rows")
    @Operation(summary = "Rows of the matrix, from any axis",
            description = "item: a GDC objective or commitment, action line (C7 also finds its e-sub-lines) or SDG; "
                    + "organization: id or acronym. Both optional.")
    public List<MatrixRowView> rows(@QueryParam("item") @Parameter(example = "C7") String item,
            @QueryParam("organization") @Parameter(example = "ITU") String organization) {
        return service.rows(optional(item), optional(organization));
    }

    @GET
    @Path("/rows/{id}")
    @Operation(summary = "One row of the matrix")
    public Response row(@PathParam("id") String id) {
        MatrixRowView row = service.row(id);
        return Response.ok(row).tag(VersionPreconditions.etag(row.version())).build();
    }

    @POST
    @Path("/rows")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a row (secretariat)")
    public Response create(@Valid @NotNull MatrixRowDetails details) {
        MatrixRowView row = service.create(details);
        return Response.created(URI.create("/matrix/rows/" + row.id())).entity(row)
                .tag(VersionPreconditions.etag(row.version())).build();
    }

    @PUT
    @Path("/rows/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Replace what a row links (secretariat)", description = "Optional If-Match; 412 if it changed since.")
    public Response update(@PathParam("id") String id, @Valid @NotNull MatrixRowDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MatrixRowView row = service.update(id, VersionPreconditions.expectedVersion(ifMatch), details);
        return Response.ok(row).tag(VersionPreconditions.etag(row.version())).build();
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
