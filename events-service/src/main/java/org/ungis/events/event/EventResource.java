package org.ungis.events.event;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.idempotency.IdempotentRequests;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.paging.Page;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.readcache.ReadCache;
import org.ungis.platform.request.QueryValues;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Events. The public reads are answered from the {@link ReadCache}, which every committed change
 * ends: a write here, or a replica update (organizer and participant names from
 * membership-service, outcome documents from resolutions-service).
 */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {
    private final EventService service;
    private final IdempotentRequests idempotentRequests;
    private final SecurityIdentity caller;
    private final ReadCache cache;

    public EventResource(EventService service, IdempotentRequests idempotentRequests, SecurityIdentity caller,
            ReadCache cache) {
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "List events",
            description = "Filter by period (from/to: events overlapping it), kind, status, participant, series, ids, "
                    + "updatedSince; ordered by last change; page with cursor.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    public Response list(@BeanParam EventFilter filter, @BeanParam ListQuery query, @Context UriInfo uri) {
        return cache.ok("events?" + uri.getRequestUri().getRawQuery(), () -> service.list(filter, query), page -> null);
    }

    /** The list answer's shape ({@link org.ungis.platform.paging.Page} of events), for the OpenAPI document. */
    @Schema(name = "EventPage")
    record EventPage(List<EventView> items,
            @Schema(description = "Absent on the last page; pass it as cursor for the next.") String nextCursor) {
    }

    @GET
    @Path("/details")
    @Operation(summary = "Several events with their parent, sessions and outcomes (a batch lookup)",
            description = "In the order of ids; unknown ids are left out. Parts are not listed here: ask for one event.")
    public List<EventDetailsView> details(@QueryParam("ids")
    @Parameter(description = "Comma-separated event ids (at most 200).", required = true) String ids) {
        return service.detailsOf(QueryValues.ids(ids, "ids", 200)
                .orElseThrow(() -> ProblemException.invalid("ids", "is required")));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event with its parent, parts, sessions and outcomes", description = "ETag is its version.")
    @APIResponse(responseCode = "200", description = "The event; the ETag is its version",
            content = @Content(schema = @Schema(implementation = EventDetailsView.class)))
    public Response get(@PathParam("id") String id) {
        return cache.ok("event/" + id, () -> service.get(id), event -> VersionPreconditions.etag(event.event().version()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Schedule an event (secretariat)",
            description = "Starts PLANNED. With an Idempotency-Key header, a retry returns the first response and adds nothing.")
    public Response schedule(@Valid @NotNull EventDetails details,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(idempotencyKey, caller.getPrincipal().getName(),
                Map.of("schedule-event", details), () -> {
                    return EventResponses.created(service.schedule(details));
                });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change an event's details (secretariat)",
            description = "Other dates make it a reschedule. Send If-Match with the ETag you read; 412 if it changed since.")
    public Response update(@PathParam("id") String id, @Valid @NotNull EventDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.ok(service.update(id, VersionPreconditions.expectedVersion(ifMatch), details));
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Move an event to other dates (secretariat)", description = "If-Match optional; 412 if stale.")
    public Response reschedule(@PathParam("id") String id, @Valid @NotNull Reschedule dates,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.ok(service.reschedule(id, VersionPreconditions.expectedVersion(ifMatch), dates));
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Confirm a planned event (secretariat)")
    public Response confirm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.ok(service.confirm(id, VersionPreconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Cancel a planned or confirmed event (secretariat)")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.ok(service.cancel(id, VersionPreconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record that an event took place (secretariat)", description = "Once it has started.")
    public Response markHeld(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EventResponses.ok(service.markHeld(id, VersionPreconditions.expectedVersion(ifMatch)));
    }
}
