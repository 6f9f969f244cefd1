package org.ungis.gateway.graphql;

import static org.ungis.gateway.graphql.Reads.inOrder;
import static org.ungis.gateway.graphql.Reads.pageInfo;
import static org.ungis.gateway.graphql.Reads.segments;
import static org.ungis.gateway.graphql.Reads.uri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.ungis.gateway.downstream.DownstreamClient;
import org.ungis.gateway.graphql.Types.Document;
import org.ungis.gateway.graphql.Types.DocumentConnection;
import org.ungis.gateway.graphql.Types.Event;
import org.ungis.gateway.graphql.Types.EventConnection;
import org.ungis.gateway.graphql.Types.EventContents;
import org.ungis.gateway.graphql.Types.Mandate;
import org.ungis.gateway.graphql.Types.MandateConnection;
import org.ungis.gateway.graphql.Types.MatrixItem;
import org.ungis.gateway.graphql.Types.MatrixRow;
import org.ungis.gateway.graphql.Types.Mention;
import org.ungis.gateway.graphql.Types.MentioningParagraph;
import org.ungis.gateway.graphql.Types.Organization;
import org.ungis.gateway.graphql.Types.OrganizationConnection;
import org.ungis.gateway.graphql.Types.OrganizationRef;
import org.ungis.gateway.graphql.Types.Outcome;
import org.ungis.gateway.graphql.Types.Paragraph;
import org.ungis.gateway.graphql.Types.Post;
import org.ungis.gateway.graphql.Types.SearchHit;
import org.ungis.gateway.graphql.Types.Session;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The dashboard schema: queries answered by one service each, and the fields that cross services,
 * resolved in batches ({@code @Source List<...>}): one downstream request per field and level of a
 * query, whatever the number of items at that level.
 */
@GraphQLApi
public class DashboardApi {
    private final Reads reads;

    public DashboardApi(Reads reads) {
        this.reads = reads;
    }

    private DownstreamClient membership() {
        return reads.downstream().membership();
    }

    private DownstreamClient resolutions() {
        return reads.downstream().resolutions();
    }

    private DownstreamClient events() {
        return reads.downstream().events();
    }

    // ---- membership ----

    @Query
    @Description("Organizations, filtered as in GET /api/membership/organizations, ordered by last change, a page at a time.")
    public Uni<OrganizationConnection> organizations(
            @Description("MEMBER or OBSERVER, on the asOf date.") String status,
            @Description("e.g. SPECIALIZED_AGENCY.") String classification,
            @Description("Only organizations taking part in UNGIS on that day, with their status and posts then.") LocalDate asOf,
            @Description("Text in the acronym, the name, or a former acronym or name.") String q,
            @Description("Only these organization ids (at most 200).") List<String> ids,
            @Description("Page size, 1 to 200 (default 50).") Integer first,
            @Description("The endCursor of the previous page.") String after) {
        return membership().get(uri("/organizations", "status", status, "classification", classification, "asOf", asOf,
                "q", q, "ids", ids == null ? null : String.join(",", ids), "limit", first, "cursor", after))
                .map(page -> new OrganizationConnection(reads.list(page.path("items"), Organization.class), pageInfo(page)));
    }

    @Query
    @Description("One organization by id, acronym, or former acronym or name (aliases resolve); null when none has that key.")
    public Uni<Organization> organization(@NonNull @Description("Id, acronym, or former acronym or name, e.g. UNWTO.") String key,
            @Description("Status and posts as on that day (today by default).") LocalDate asOf) {
        return reads.one(membership(), uri("/organizations/" + segments(key), "asOf", asOf), Organization.class);
    }

    @Query
    @Description("Terms in posts: all, or those running on asOf; by kind and holder.")
    public Uni<List<Post>> posts(@Description("Only terms running on that day.") LocalDate asOf,
            @Description("CHAIR, VICE_CHAIR or SECRETARIAT.") String kind,
            @Description("Holder id or acronym.") String holder) {
        return membership().get(uri("/posts", "asOf", asOf, "kind", kind, "holder", holder))
                .map(list -> reads.list(list, Post.class));
    }

    @Query
    @Description("Who holds which post today.")
    public Uni<List<Post>> currentPosts() {
        return membership().get("/posts/current").map(list -> reads.list(list, Post.class));
    }

    @Name("postHistory")
    @Description("Every term the organization held, holds or will hold, past ones included (one membership request for all organizations of the level).")
    public Uni<List<List<Post>>> postHistory(@Source List<Organization> organizations) {
        List<String> ids = ids(organizations, Organization::id);
        return batch(ids, chunk -> membership().get(uri("/posts", "holders", String.join(",", chunk)))
                .map(list -> reads.list(list, Post.class)))
                .map(posts -> {
                    Map<String, List<Post>> byHolder = new HashMap<>();
                    posts.forEach(post -> byHolder.computeIfAbsent(post.holderId(), id -> new ArrayList<>()).add(post));
                    return inOrder(organizations, Organization::id, byHolder, List.of());
                });
    }

    @Name("holder")
    @Description("The organization holding the post.")
    public Uni<List<Organization>> holder(@Source List<Post> posts) {
        return reads.organizationsById(ids(posts, Post::holderId))
                .map(found -> inOrder(posts, Post::holderId, found, null));
    }

    // ---- events ----

    @Query
    @Description("Events, filtered as in GET /api/events/events, ordered by last change, a page at a time.")
    public Uni<EventConnection> events(@Description("Only events still running on or after this day.") LocalDate from,
            @Description("Only events starting on or before this day.") LocalDate to,
            @Description("e.g. IGF, UNGIS_MEETING.") String kind,
            @Description("PLANNED, CONFIRMED, HELD or CANCELLED.") String status,
            @Description("An organization id: events it organizes or takes part in.") String participant,
            @Description("Series, e.g. IGF.") String series,
            @Description("Only these event ids (at most 200).") List<String> ids,
            @Description("Page size, 1 to 200 (default 50).") Integer first,
            @Description("The endCursor of the previous page.") String after) {
        return events().get(uri("/events", "from", from, "to", to, "kind", kind, "status", status, "participant",
                participant, "series", series, "ids", ids == null ? null : String.join(",", ids), "limit", first,
                "cursor", after))
                .map(page -> new EventConnection(reads.list(page.path("items"), Event.class), pageInfo(page)));
    }

    @Query
    @Description("One event by id; null when there is none.")
    public Uni<Event> event(@NonNull @Description("Event id.") String id) {
        return reads.one(events(), "/events/" + segments(id), Event.class);
    }

    @Name("events")
    @Description("Events the organization organizes or takes part in, itself or in a session, by start date (one events-service request for all organizations of the level).")
    public Uni<List<List<Event>>> organizationEvents(@Source List<Organization> organizations) {
        return batch(ids(organizations, Organization::id),
                chunk -> events().get(uri("/organizations/events", "ids", String.join(",", chunk)))
                        .map(list -> entries(list, "organizationId", "events", Event.class)))
                .map(pairs -> inOrder(organizations, Organization::id, merge(pairs), List.of()));
    }

    @Name("participants")
    @Description("The participating organizations as membership-service knows them (one membership request for all events of the level).")
    public Uni<List<List<Organization>>> participants(@Source List<Event> events) {
        List<String> ids = new ArrayList<>();
        events.forEach(event -> refs(event.participantRefs()).forEach(ids::add));
        return reads.organizationsById(ids).map(found -> events.stream()
                .map(event -> refs(event.participantRefs()).map(found::get).filter(Objects::nonNull).toList())
                .toList());
    }

    @Name("sessions")
    @Description("Sessions and segments of the event (one events-service request for all events of the level).")
    public Uni<List<List<Session>>> sessions(@Source List<Event> events) {
        return contents(events).map(found -> events.stream()
                .map(event -> found.containsKey(event.id()) ? found.get(event.id()).sessions() : List.<Session>of()).toList());
    }

    @Name("outcomes")
    @Description("What the event produced or received (one events-service request for all events of the level).")
    public Uni<List<List<Outcome>>> outcomes(@Source List<Event> events) {
        return contents(events).map(found -> events.stream()
                .map(event -> found.containsKey(event.id()) ? found.get(event.id()).outcomes() : List.<Outcome>of()).toList());
    }

    private Uni<Map<String, EventContents>> contents(List<Event> events) {
        return batch(ids(events, Event::id), chunk -> events().get(uri("/events/details", "ids", String.join(",", chunk)))
                .map(list -> reads.list(list, EventContents.class)))
                .map(all -> Reads.byId(all, EventContents::id));
    }

    @Name("document")
    @Description("The resolutions-service document the outcome names; null until it is known there (one resolutions request for all outcomes of the level).")
    public Uni<List<Document>> outcomeDocument(@Source List<Outcome> outcomes) {
        List<String> ids = new ArrayList<>();
        outcomes.forEach(outcome -> {
            if (outcome.documentRef() != null && outcome.documentRef().id() != null) {
                ids.add(outcome.documentRef().id());
            }
        });
        return batch(new ArrayList<>(new LinkedHashSet<>(ids)),
                chunk -> resolutions().get(uri("/documents", "symbols", String.join(",", chunk), "limit", Reads.BATCH))
                        .map(page -> reads.list(page.path("items"), Document.class)))
                .map(documents -> {
                    Map<String, Document> byId = Reads.byId(documents, Document::id);
                    return outcomes.stream().map(outcome -> outcome.documentRef() == null ? null
                            : byId.get(outcome.documentRef().id())).toList();
                });
    }

    // ---- resolutions ----

    @Query
    @Description("Documents, filtered as in GET /api/resolutions/documents, ordered by last change, a page at a time.")
    public Uni<DocumentConnection> documents(@Description("Issuing body, e.g. ECOSOC.") String body,
            @Description("RESOLUTION, DECISION, REPORT, OUTCOME_DOCUMENT, ROADMAP or OTHER.") String type,
            @Description("Year of adoption.") Integer year,
            @Description("The issuing body's own number.") String number,
            @Description("ADOPTED or WITHDRAWN.") String status,
            @Description("Only documents whose latest text mentions this organization (id, acronym or former name).") String mentions,
            @Description("Only these UN symbols or ids (at most 200).") List<String> symbols,
            @Description("Page size, 1 to 200 (default 50).") Integer first,
            @Description("The endCursor of the previous page.") String after) {
        return resolutions().get(uri("/documents", "body", body, "type", type, "year", year, "number", number, "status",
                status, "mentions", mentions, "symbols", symbols == null ? null : String.join(",", symbols), "limit",
                first, "cursor", after))
                .map(page -> new DocumentConnection(reads.list(page.path("items"), Document.class), pageInfo(page)));
    }

    @Query
    @Description("One document by id or UN symbol (case, spaces and dash variants do not matter); null when none.")
    public Uni<Document> document(@NonNull @Description("Id or UN symbol, e.g. A/RES/70/125.") String key) {
        return reads.one(resolutions(), "/documents/" + segments(key), Document.class);
    }

    @Query
    @Description("The paragraphs of a document's text, in printed order, with their addresses and mentions.")
    public Uni<List<Paragraph>> paragraphs(@NonNull @Description("Document id or UN symbol.") String document,
            @Description("Version number or revision label; the latest when absent.") String version) {
        return resolutions().get(uri("/documents/" + segments(document) + "/paragraphs", "version", version))
                .map(list -> reads.list(list, Paragraph.class));
    }

    @Query
    @Description("Full-text search over the paragraphs of every document's latest text, best first.")
    public Uni<List<SearchHit>> search(@NonNull @Description("Web-search syntax: words, \"a phrase\", or, -excluded.") String q,
            @Description("Issuing body.") String body,
            @Description("Document type.") String type,
            @Description("PREAMBULAR or OPERATIVE.") String kind,
            @Description("Year of adoption.") Integer year,
            @Description("Only this document (id or symbol).") String document,
            @Description("Hits, 1 to 100 (default 20).") Integer first,
            @Description("Hits to skip, 0 to 1000.") Integer offset) {
        return resolutions().get(uri("/search", "q", q, "body", body, "type", type, "kind", kind, "year", year,
                "document", document, "limit", first, "offset", offset)).map(list -> reads.list(list, SearchHit.class));
    }

    @Name("mentionedIn")
    @Description("Paragraphs of documents' latest texts that name the organization, by any name it goes by (one resolutions request for all organizations of the level).")
    public Uni<List<List<MentioningParagraph>>> mentionedIn(@Source List<Organization> organizations) {
        return batch(ids(organizations, Organization::id),
                chunk -> resolutions().get(uri("/mentions", "organizations", String.join(",", chunk)))
                        .map(list -> entries(list, "organizationId", "paragraphs", MentioningParagraph.class)))
                .map(pairs -> inOrder(organizations, Organization::id, merge(pairs), List.of()));
    }

    @Name("organization")
    @Description("The organization mentioned, as membership-service knows it (one membership request for all mentions of the level).")
    public Uni<List<Organization>> mentionedOrganization(@Source List<Mention> mentions) {
        return reads.organizationsById(ids(mentions, Mention::organizationId))
                .map(found -> inOrder(mentions, Mention::organizationId, found, null));
    }

    @Query
    @Description("Mandates, filtered as in GET /api/resolutions/mandates, ordered by last change, a page at a time.")
    public Uni<MandateConnection> mandates(@Description("The body tasked, e.g. UNGIS.") String body,
            @Description("OPEN, OVERDUE or DELIVERED.") String status,
            @Description("Only mandates due before this day.") LocalDate dueBefore,
            @Description("Only the mandates of this document (id or symbol).") String document,
            @Description("Page size, 1 to 200 (default 50).") Integer first,
            @Description("The endCursor of the previous page.") String after) {
        return resolutions().get(uri("/mandates", "body", body, "status", status, "dueBefore", dueBefore, "document",
                document, "limit", first, "cursor", after))
                .map(page -> new MandateConnection(reads.list(page.path("items"), Mandate.class), pageInfo(page)));
    }

    @Name("dueEvent")
    @Description("The event the mandate is due at, once events-service has announced it (one events-service request for all mandates of the level).")
    public Uni<List<Event>> dueEvent(@Source List<Mandate> mandates) {
        return batch(ids(mandates, Mandate::dueEventId),
                chunk -> events().get(uri("/events", "ids", String.join(",", chunk), "limit", Reads.BATCH))
                        .map(page -> reads.list(page.path("items"), Event.class)))
                .map(found -> inOrder(mandates, Mandate::dueEventId, Reads.byId(found, Event::id), null));
    }

    @Query
    @Description("The entries of the WSIS-SDG-GDC matrix's axes.")
    public Uni<List<MatrixItem>> matrixItems(@Description("ACTION_LINE, SDG, GDC_OBJECTIVE or GDC_COMMITMENT; all when absent.") String axis) {
        return resolutions().get(uri("/matrix/items", "axis", axis)).map(list -> reads.list(list, MatrixItem.class));
    }

    @Query
    @Description("Rows of the WSIS-SDG-GDC matrix, from any axis.")
    public Uni<List<MatrixRow>> matrix(@Description("A GDC objective or commitment, action line (C7 also finds its sub-lines) or SDG.") String item,
            @Description("Organization id or acronym.") String organization) {
        return resolutions().get(uri("/matrix/rows", "item", item, "organization", organization))
                .map(list -> reads.list(list, MatrixRow.class));
    }

    @Name("organizations")
    @Description("The organizations carrying the row, as membership-service knows them (one membership request for all rows of the level).")
    public Uni<List<List<Organization>>> matrixOrganizations(@Source List<MatrixRow> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> refs(row.organizationRefs()).forEach(ids::add));
        return reads.organizationsById(ids).map(found -> rows.stream()
                .map(row -> refs(row.organizationRefs()).map(found::get).filter(Objects::nonNull).toList()).toList());
    }

    // ---- helpers ----

    private static java.util.stream.Stream<String> refs(List<OrganizationRef> refs) {
        return refs == null ? java.util.stream.Stream.empty() : refs.stream().map(OrganizationRef::id).filter(Objects::nonNull);
    }

    private static <S> List<String> ids(List<S> sources, Function<S, String> id) {
        return new ArrayList<>(new LinkedHashSet<>(sources.stream().map(id).filter(Objects::nonNull).toList()));
    }

    /** One request per 100 ids (so one for any ordinary level), results concatenated. */
    private static <T> Uni<List<T>> batch(List<String> ids, Function<List<String>, Uni<List<T>>> request) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<T>>> requests = Reads.chunks(ids).stream().map(request).toList();
        return Uni.join().all(requests).andFailFast().map(lists -> {
            List<T> all = new ArrayList<>();
            lists.forEach(all::addAll);
            return all;
        });
    }

    /** {@code [{key: id, values: [...]}, ...]} as (id, values) pairs. */
    private <T> List<Map.Entry<String, List<T>>> entries(JsonNode list, String key, String values, Class<T> type) {
        List<Map.Entry<String, List<T>>> pairs = new ArrayList<>();
        list.forEach(entry -> pairs.add(Map.entry(entry.path(key).asText(), reads.list(entry.path(values), type))));
        return pairs;
    }

    private static <T> Map<String, List<T>> merge(List<Map.Entry<String, List<T>>> pairs) {
        Map<String, List<T>> merged = new HashMap<>();
        pairs.forEach(pair -> merged.merge(pair.getKey(), pair.getValue(), (a, b) -> {
            List<T> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return merged;
    }

}
