package org.ungis.membership.organization;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.membership.organization.OrganizationHistory.HistoryEntry;
import org.ungis.platform.idempotency.IdempotentRequests;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {
    private final OrganizationService service;
    private final IdempotentRequests idempotentRequests;
    private final SecurityIdentity caller;

    public OrganizationResource(OrganizationService service, IdempotentRequests idempotentRequests,
            SecurityIdentity caller) {
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List organizations",
            description = "Filter by participation (status, asOf), classification, text, ids; ordered by last change.")
    public Page<OrganizationView> list(@BeanParam OrganizationFilter filter, @BeanParam ListQuery query) {
        return service.list(filter, query);
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One organization, by id, acronym, or former acronym or name")
    public Response get(@PathParam("key") @Parameter(example = "UNWTO") String key,
            @BeanParam AsOfParameter asOf) {
        OrganizationView organization = service.get(key, asOf.day().orElse(LocalDate.now()));
        return Response.ok(organization).tag(VersionPreconditions.etag(organization.version())).build();
    }

    @GET
    @Path("/{key}/history")
    @Operation(summary = "Every version of an organization, oldest first, with the change that made it")
    public List<HistoryEntry> history(@PathParam("key") String key) {
        return service.history(key);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an organization (secretariat)",
            description = "With an Idempotency-Key header, a retry returns the first response and adds nothing.")
    public Response create(@Valid @NotNull OrganizationDetails details,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(idempotencyKey, caller.getPrincipal().getName(),
                Map.of("create-organization", details), () -> {
                    OrganizationView created = service.create(details);
                    return Response.created(URI.create("/organizations/" + created.id())).entity(created)
                            .tag(VersionPreconditions.etag(created.version())).build();
                });
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change an organization's details (secretariat)",
            description = "A new acronym or name is a rename: the former ones stay as aliases. "
                    + "Send If-Match with the ETag you read; 412 if it changed since.")
    public Response update(@PathParam("key") String key, @Valid @NotNull OrganizationDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        OrganizationView updated = service.update(key, VersionPreconditions.expectedVersion(ifMatch), details);
        return Response.ok(updated).tag(VersionPreconditions.etag(updated.version())).build();
    }
}
