package org.ungis.gateway.graphql;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.ungis.gateway.downstream.DownstreamClient;
import org.ungis.gateway.graphql.Types.Document;
import org.ungis.gateway.graphql.Types.Event;
import org.ungis.gateway.graphql.Types.Organization;
import org.ungis.gateway.graphql.Types.Post;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes for the secretariat, forwarded to the owning service with the caller's own
 * {@code Authorization} header: the service decides, and its problem details (401, 403, 400 with
 * field errors, 409...) come back in the GraphQL error's {@code extensions.problem}.
 */
@GraphQLApi
public class SecretariatApi {
    private final Reads reads;
    private final CurrentVertxRequest request;

    public SecretariatApi(Reads reads, CurrentVertxRequest request) {
        this.reads = reads;
        this.request = request;
    }

    @Mutation
    @Description("Add an organization (secretariat).")
    public Uni<Organization> createOrganization(@NonNull OrganizationInput organization) {
        return post(reads.downstream().membership(), "/organizations", organization, Organization.class);
    }

    @Mutation
    @Description("Admit an organization to UNGIS as member or observer (secretariat).")
    public Uni<Organization> admitOrganization(@NonNull @Description("Id or acronym.") String key,
            @NonNull @Description("MEMBER or OBSERVER.") String status,
            @Description("First day; absent when not known.") LocalDate since) {
        return post(reads.downstream().membership(), "/organizations/" + Reads.segments(key) + "/admission",
                new Admission(status, since), Organization.class);
    }

    @Mutation
    @Description("Assign a post to an organization (secretariat).")
    public Uni<Post> assignPost(@NonNull PostInput post) {
        return post(reads.downstream().membership(), "/posts", post, Post.class);
    }

    @Mutation
    @Description("Register a document (secretariat).")
    public Uni<Document> createDocument(@NonNull DocumentInput document) {
        return post(reads.downstream().resolutions(), "/documents", document, Document.class);
    }

    @Mutation
    @Description("Schedule an event (secretariat).")
    public Uni<Event> scheduleEvent(@NonNull EventInput event) {
        return post(reads.downstream().events(), "/events", event, Event.class);
    }

    private <T> Uni<T> post(DownstreamClient client, String uri, Object body, Class<T> type) {
        RoutingContext context = request.getCurrent();
        String authorization = context == null ? null : context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return client.send(HttpMethod.POST, uri, body, authorization).map(answer -> reads.convert(answer, type));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Admission(String status, LocalDate since) {
    }

    @Input("OrganizationInput")
    @Description("What the secretariat states about a new organization.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationInput(@NonNull @Description("Acronym, e.g. UNCTAD.") String acronym,
            @NonNull @Description("Name.") String name,
            @NonNull @Description("Classification, e.g. SPECIALIZED_AGENCY.") String classification,
            @Description("Website (http or https URL).") String website) {
    }

    @Input("PostInput")
    @Description("A term in a post for an organization.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostInput(@NonNull @Description("CHAIR, VICE_CHAIR or SECRETARIAT.") String kind,
            @NonNull @Description("The holder's id or acronym.") String holder,
            @NonNull @Description("First day.") LocalDate termStart,
            @Description("Last day; absent for a permanent post.") LocalDate termEnd,
            @Description("DAY, MONTH or YEAR (DAY by default).") String precision,
            @Description("The group the holder represents.") String onBehalfOf,
            @Description("A permanent post has no end.") Boolean permanent) {
    }

    @Input("DocumentInput")
    @Description("A document to register; at least one of symbol, number or title.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentInput(@Description("UN document symbol.") String symbol,
            @Description("Title.") String title,
            @NonNull @Description("Issuing body, e.g. ECOSOC.") String issuingBody,
            @NonNull @Description("RESOLUTION, DECISION, REPORT, OUTCOME_DOCUMENT, ROADMAP or OTHER.") String documentType,
            @Description("Date adopted.") LocalDate adoptedOn,
            @Description("The issuing body's own number.") String number,
            @Description("Session.") String session) {
    }

    @Input("EventInput")
    @Description("An event to schedule.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventInput(@NonNull @Description("Title.") String title,
            @NonNull @Description("Kind, e.g. IGF, UNGIS_MEETING, OTHER.") String kind,
            @Description("Series.") String series,
            @Description("Edition.") String edition,
            @NonNull @Description("First day.") LocalDate startDate,
            @NonNull @Description("Last day.") LocalDate endDate,
            @Description("DAY, MONTH or YEAR (default DAY).") String datePrecision,
            @Description("IANA time zone.") String timeZone,
            @Description("Description.") String description,
            @Description("The event this one takes place during.") String parentId,
            @Description("Organizer organization ids.") List<String> organizerIds,
            @Description("Participant organization ids.") List<String> participantIds) {
    }
}
