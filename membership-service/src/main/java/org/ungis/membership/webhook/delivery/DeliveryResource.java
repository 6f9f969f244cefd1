package org.ungis.membership.webhook.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.membership.webhook.subscription.WebhookSubscriptionService;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.security.Caller;
import org.ungis.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/webhook-subscriptions/{subscriptionId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
@SecurityRequirement(name = "jwt")
@Tag(name = "Webhooks")
public class DeliveryResource {
    private static final List<String> STATUSES = List.of("PENDING", "DELIVERED", "FAILED");

    private final DeliveryLog log;
    private final WebhookSubscriptionService subscriptions;
    private final SecurityIdentity identity;

    public DeliveryResource(DeliveryLog log, WebhookSubscriptionService subscriptions, SecurityIdentity identity) {
        this.log = log;
        this.subscriptions = subscriptions;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Delivery log of a subscription", description = "Newest first; page with before=<last id>.")
    public List<DeliveryView> list(@PathParam("subscriptionId") String subscriptionId,
            @QueryParam("status") @Parameter(description = "PENDING, DELIVERED or FAILED") String status,
            @QueryParam("messageId") @Parameter(description = "One message (its webhook-id)") String messageId,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        UUID subscription = subscriptions.visibleId(Caller.of(identity), subscriptionId);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "one of " + String.join(", ", STATUSES));
        }
        return log.list(subscription, Optional.ofNullable(status), Optional.ofNullable(messageId),
                Optional.ofNullable(before), limit);
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(summary = "One delivery with every attempt: status code, duration, time and error")
    public DeliveryView get(@PathParam("subscriptionId") String subscriptionId, @PathParam("deliveryId") long deliveryId) {
        return log.get(subscriptions.visibleId(Caller.of(identity), subscriptionId), deliveryId);
    }

    @POST
    @Path("/{deliveryId}/redeliver")
    @Operation(summary = "Send one message again now", description = "Same webhook-id; a fresh retry schedule.")
    public Response redeliver(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(log.redeliver(subscriptions.visibleId(Caller.of(identity), subscriptionId), deliveryId))
                .build();
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send again everything since a time",
            description = "Every kept message since then that the filters take, delivered or not, in order.")
    public Response replay(@PathParam("subscriptionId") String subscriptionId, @Valid @NotNull Replay replay) {
        UUID subscription = subscriptions.visibleId(Caller.of(identity), subscriptionId);
        return Response.accepted(new Replayed(log.replay(subscription, replay.since()))).build();
    }

    @Schema(name = "WebhookReplay")
    public record Replay(@NotNull @Schema(example = "2026-11-01T00:00:00Z") Instant since) {
    }

    @Schema(name = "WebhookReplayed")
    public record Replayed(@Schema(description = "Deliveries queued") int queued) {
    }
}
