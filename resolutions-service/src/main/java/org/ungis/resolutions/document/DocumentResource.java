package org.ungis.resolutions.document;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {
    private final DocumentService service;

    public DocumentResource(DocumentService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List documents", description = "Ordered by last change; page with cursor.")
    public Page<DocumentView> list(@BeanParam ListQuery query) {
        return service.list(query);
    }

    /** Symbols contain slashes ({@code /documents/A/RES/70/125}), hence the path pattern. */
    @GET
    @Path("/{idOrSymbol: .+}")
    @Operation(summary = "One document, by id or UN symbol")
    public Response get(@PathParam("idOrSymbol")
    @Parameter(description = "Document id, or UN symbol such as A/RES/70/125") String idOrSymbol) {
        DocumentView document = service.get(idOrSymbol);
        return Response.ok(document).tag(VersionPreconditions.etag(document.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a document (secretariat)")
    public Response create(@Valid @NotNull NewDocument request) {
        DocumentView document = service.create(request);
        return Response.created(URI.create("/documents/" + document.id())).entity(document)
                .tag(VersionPreconditions.etag(document.version())).build();
    }
}
