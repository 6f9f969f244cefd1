package org.ungis.membership.webhook.subscription;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.ungis.platform.security.Caller;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
@SecurityRequirement(name = "jwt")
@Tag(name = "Webhooks", description = "Signed POSTs (Standard Webhooks) to partners' endpoints for membership changes.")
public class WebhookSubscriptionResource {
    private final WebhookSubscriptionService service;
    private final SecurityIdentity identity;

    public WebhookSubscriptionResource(WebhookSubscriptionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an endpoint",
            description = "A partner subscribes for its own organization; the secretariat names the organization. "
                    + "The answer holds the signing secret, shown this once.")
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        CreatedSubscription created = service.create(Caller.of(identity), request);
        return Response.created(URI.create("/webhook-subscriptions/" + created.subscription().id()))
                .tag(VersionPreconditions.etag(created.subscription().version())).entity(created).build();
    }

    @GET
    @Operation(summary = "Subscriptions", description = "A partner sees its own organization's; the secretariat all, "
            + "or one organization's.")
    public List<SubscriptionView> list(@QueryParam("organizationId") @Parameter(description = "Owner") UUID organization) {
        return service.list(Caller.of(identity), organization);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription, with why it was disabled if it was")
    public Response get(@PathParam("id") String id) {
        SubscriptionView view = service.get(Caller.of(identity), id);
        return Response.ok(view).tag(VersionPreconditions.etag(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change URL, event types or description", description = "With If-Match, 412 when stale.")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SubscriptionRequest request) {
        SubscriptionView view = service.update(Caller.of(identity), id, VersionPreconditions.expectedVersion(ifMatch),
                request);
        return Response.ok(view).tag(VersionPreconditions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause deliveries", description = "Messages keep queueing and go out on resume.")
    public SubscriptionView pause(@PathParam("id") String id) {
        return service.pause(Caller.of(identity), id);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume deliveries", description = "Also re-enables an endpoint the platform disabled; "
            + "replay what it missed meanwhile with …/deliveries/replay.")
    public SubscriptionView resume(@PathParam("id") String id) {
        return service.resume(Caller.of(identity), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete the subscription and its delivery log")
    public Response delete(@PathParam("id") String id) {
        service.delete(Caller.of(identity), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret/rotate")
    @Operation(summary = "Rotate the signing secret", description = "The new secret is shown once; the previous one "
            + "keeps signing next to it (two v1 signatures) until previousSecretExpiresAt.")
    public CreatedSubscription rotate(@PathParam("id") String id) {
        return service.rotateSecret(Caller.of(identity), id);
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Send a ping", description = "An org.ungis.webhook.ping message to this endpoint only; "
            + "the Location is its delivery in the log.")
    public Response test(@PathParam("id") String id) {
        long delivery = service.test(Caller.of(identity), id);
        return Response.accepted().location(URI.create("/webhook-subscriptions/" + id + "/deliveries/" + delivery)).build();
    }
}
