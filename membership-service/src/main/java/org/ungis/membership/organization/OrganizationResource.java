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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.membership.organization.OrganizationHistory.HistoryEntry;
import org.ungis.platform.idempotency.IdempotentRequests;
import org.ungis.platform.readcache.ReadCache;
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
    private final ReadCache cache;

    public OrganizationResource(OrganizationService service, IdempotentRequests idempotentRequests,
            SecurityIdentity caller, ReadCache cache) {
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "List organizations",
            description = "Filter by participation (status, asOf), classification, text, ids; ordered by last change.")
    @APIResponse(responseCode = "200", description = "A page of organizations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    public Response list(@BeanParam OrganizationFilter filter, @BeanParam ListQuery query, @Context UriInfo uri) {
        // answers depend on the day (participation "today"), so the day is part of the key
        return cache.ok("list?" + uri.getRequestUri().getRawQuery() + "@" + LocalDate.now(),
                () -> service.list(filter, query), page -> null);
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One organization, by id, acronym, or former acronym or name")
    @APIResponse(responseCode = "200", description = "The organization; the ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@PathParam("key") @Parameter(example = "UNWTO") String key,
            @BeanParam AsOfParameter asOf, @Context UriInfo uri) {
        LocalDate today = LocalDate.now();
        return cache.ok("get/" + key + "?" + uri.getRequestUri().getRawQuery() + "@" + today,
                () -> service.get(key, asOf.day().orElse(today)),
                organization -> VersionPreconditions.etag(organization.version()));
    }

    /** The list answer's shape ({@link Page} of organizations), for the OpenAPI document. */
    @Schema(name = "OrganizationPage")
    record OrganizationPage(List<OrganizationView> items,
            @Schema(description = "Absent on the last page; pass it as cursor for the next.") String nextCursor) {
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
