package org.ungis.resolutions.document;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.idempotency.IdempotentRequests;
import org.ungis.platform.paging.ListQuery;
import org.ungis.platform.readcache.ReadCache;
import org.ungis.platform.security.Roles;
import org.ungis.platform.versioning.VersionPreconditions;
import org.ungis.resolutions.paragraph.ParagraphView;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Documents by id or UN symbol. Symbols contain slashes ({@code /documents/A/RES/70/125}), hence
 * the {@code .+} path patterns; the sub-resources ({@code /paragraphs}, {@code /versions}...) are
 * the literal endings, which win over the bare document path. The public reads are answered from
 * the {@link ReadCache}, which every committed change ends: a write here, or an organization
 * update from membership-service (paragraph mentions, lists filtered by mention).
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {
    private static final String KEY = "Document id, or UN symbol such as A/RES/70/125 (case, spaces and dash variants do not matter)";
    private static final String VERSION = "Version number (1, 2...) or revision label (Rev. Bucharest, 2022); the latest when absent";

    private final DocumentService service;
    private final IdempotentRequests idempotentRequests;
    private final SecurityIdentity caller;
    private final ReadCache cache;

    public DocumentResource(DocumentService service, IdempotentRequests idempotentRequests, SecurityIdentity caller,
            ReadCache cache) {
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "List documents",
            description = "Filter by issuing body, type, year of adoption, number, status, organizations mentioned, "
                    + "or a batch of symbols; ordered by last change; page with cursor.")
    @APIResponse(responseCode = "200", description = "A page of documents",
            content = @Content(schema = @Schema(implementation = DocumentPage.class)))
    public Response list(@BeanParam DocumentFilter filter, @BeanParam ListQuery query, @Context UriInfo uri) {
        return cache.ok("documents?" + uri.getRequestUri().getRawQuery(), () -> service.list(filter, query),
                page -> null);
    }

    /** The list answer's shape ({@link org.ungis.platform.paging.Page} of documents), for the OpenAPI document. */
    @Schema(name = "DocumentPage")
    record DocumentPage(List<DocumentView> items,
            @Schema(description = "Absent on the last page; pass it as cursor for the next.") String nextCursor) {
    }

    @GET
    @Path("/{key: .+}/paragraphs")
    @Operation(summary = "The paragraphs of a version of a document, in printed order, with their addresses and mentions")
    @APIResponse(responseCode = "200", description = "The paragraphs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ParagraphView.class)))
    public Response paragraphs(@PathParam("key") @Parameter(description = KEY) String key,
            @QueryParam("version") @Parameter(description = VERSION) String version) {
        return cache.ok("paragraphs/" + key + "?version=" + version, () -> service.paragraphs(key, optional(version)),
                paragraphs -> null);
    }

    @GET
    @Path("/{key: .+}/paragraphs/{paragraph}")
    @Operation(summary = "One paragraph, by its anchor (para_133) or printed number (133)",
            description = "The paragraph at address {symbol}#para_133 is /documents/{symbol}/paragraphs/para_133.")
    public ParagraphView paragraph(@PathParam("key") @Parameter(description = KEY) String key,
            @PathParam("paragraph") @Parameter(example = "para_133") String paragraph,
            @QueryParam("version") @Parameter(description = VERSION) String version) {
        return service.paragraph(key, paragraph, optional(version));
    }

    @GET
    @Path("/{key: .+}/diff")
    @Operation(summary = "What changed between two versions, paragraph by paragraph",
            description = "Paragraphs are matched by address (para_133); unchanged ones only with unchanged=true.")
    public DocumentDiff diff(@PathParam("key") @Parameter(description = KEY) String key,
            @QueryParam("from") @Parameter(description = "The earlier version (number or label)", required = true) String from,
            @QueryParam("to") @Parameter(description = "The later version; the latest when absent") String to,
            @QueryParam("unchanged") @Parameter(description = "Also list unchanged paragraphs") boolean unchanged) {
        return service.diff(key, from, to, unchanged);
    }

    @GET
    @Path("/{key: .+}/references")
    @Operation(summary = "What the document cites, and what cites it")
    public DocumentReferences references(@PathParam("key") @Parameter(description = KEY) String key) {
        return service.references(key);
    }

    @GET
    @Path("/{key: .+}")
    @Operation(summary = "One document, by id or UN symbol, with its versions",
            description = "text is the latest version, or the one given with ?version=.")
    @APIResponse(responseCode = "200", description = "The document; the ETag is its version",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response get(@PathParam("key") @Parameter(description = KEY) String key,
            @QueryParam("version") @Parameter(description = VERSION) String version) {
        return cache.ok("document/" + key + "?version=" + version, () -> service.get(key, optional(version)),
                document -> VersionPreconditions.etag(document.version()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a document (secretariat)",
            description = "With an Idempotency-Key header, a retry returns the first response and adds nothing.")
    public Response create(@Valid @NotNull DocumentDetails details,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(idempotencyKey, caller.getPrincipal().getName(),
                Map.of("create-document", details), () -> {
                    DocumentView document = service.create(details);
                    return Response.created(URI.create("/documents/" + document.id())).entity(document)
                            .tag(VersionPreconditions.etag(document.version())).build();
                });
    }

    @PUT
    @Path("/{key: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Correct a document's details, e.g. add the symbol it was given (secretariat)",
            description = "Its id, versions and references stay. Send If-Match with the ETag you read; 412 if it changed since.")
    public Response update(@PathParam("key") @Parameter(description = KEY) String key,
            @Valid @NotNull DocumentDetails details, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DocumentView document = service.update(key, VersionPreconditions.expectedVersion(ifMatch), details);
        return Response.ok(document).tag(VersionPreconditions.etag(document.version())).build();
    }

    @POST
    @Path("/{key: .+}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a text version; it becomes the latest (secretariat)",
            description = "Paragraphs in printed order; operative ones numbered as printed (98, 5 (a)). The first "
                    + "version publishes the document, later ones revise it. Optional If-Match.")
    public Response addVersion(@PathParam("key") @Parameter(description = KEY) String key,
            @Valid @NotNull NewVersion version, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DocumentView document = service.addVersion(key, VersionPreconditions.expectedVersion(ifMatch), version);
        return Response.status(Response.Status.CREATED).entity(document)
                .location(URI.create("/documents/" + document.id() + "?version=" + document.text().number()))
                .tag(VersionPreconditions.etag(document.version())).build();
    }

    @POST
    @Path("/{key: .+}/withdrawal")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Withdraw a document (secretariat)", description = "It stays readable, with status WITHDRAWN.")
    public Response withdraw(@PathParam("key") @Parameter(description = KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DocumentView document = service.withdraw(key, VersionPreconditions.expectedVersion(ifMatch));
        return Response.ok(document).tag(VersionPreconditions.etag(document.version())).build();
    }

    @POST
    @Path("/{key: .+}/references")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record that the document cites another (secretariat)")
    public DocumentReferences cite(@PathParam("key") @Parameter(description = KEY) String key,
            @Valid @NotNull NewCitation citation) {
        return service.cite(key, citation);
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
