package org.ungis.membership.post;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.membership.organization.AsOfParameter;
import org.ungis.platform.idempotency.IdempotentRequests;
import org.ungis.platform.request.QueryValues;
import org.ungis.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostResource {
    private final PostService service;
    private final IdempotentRequests idempotentRequests;
    private final SecurityIdentity caller;

    public PostResource(PostService service, IdempotentRequests idempotentRequests, SecurityIdentity caller) {
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Terms in posts", description = "All terms, or those running on asOf; by kind and holder, or several holders at once.")
    public List<PostView> search(@BeanParam AsOfParameter asOf,
            @QueryParam("kind") @Parameter(description = "CHAIR, VICE_CHAIR or SECRETARIAT") String kind,
            @QueryParam("holder") @Parameter(description = "Holder id or acronym") String holder,
            @QueryParam("holders") @Parameter(description = "Comma-separated holder ids (at most 200): a batch lookup.")
            String holders) {
        LocalDate day = asOf.day().orElse(null);
        PostKind postKind = QueryValues.enumValue(PostKind.class, kind, "kind").orElse(null);
        return QueryValues.ids(holders, "holders", 200)
                .map(ids -> service.ofHolders(day, postKind, ids))
                .orElseGet(() -> service.search(day, postKind, holder));
    }

    @GET
    @Path("/current")
    @Operation(summary = "Who holds which post today")
    public List<PostView> current() {
        return service.search(LocalDate.now(), null, null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One term")
    public PostView get(@PathParam("id") String id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Assign a post (secretariat)",
            description = "One Chair at a time; a holder takes part in UNGIS for the whole term; terms of one seat "
                    + "do not overlap. With an Idempotency-Key, a retry returns the first response.")
    public Response assign(@Valid @NotNull PostAssignment assignment,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(idempotencyKey, caller.getPrincipal().getName(),
                Map.of("assign-post", assignment), () -> {
                    PostView term = service.assign(assignment);
                    return Response.created(URI.create("/posts/" + term.id())).entity(term).build();
                });
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "End a term early, or end a permanent post (secretariat)")
    public PostView end(@PathParam("id") String id, @Valid @NotNull PostEnd end) {
        return service.end(id, end);
    }
}
