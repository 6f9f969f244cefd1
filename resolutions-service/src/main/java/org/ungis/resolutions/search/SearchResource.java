package org.ungis.resolutions.search;

import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.readcache.ReadCache;
import org.ungis.platform.readcache.ReadCache.Answer;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {
    static final String PARTIAL = "Search-Partial";

    private final ParagraphSearch search;
    private final ReadCache cache;

    public SearchResource(ParagraphSearch search, ReadCache cache) {
        this.search = search;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "Full-text search over paragraphs",
            description = "The latest text of every document; web-search syntax (words, \"phrases\", or, -not), "
                    + "English stemming; ranked, with highlighted snippets; filter by body, type, kind, year, document.")
    @APIResponse(responseCode = "200", description = "Hits, best first. Header Search-Partial: true when the query "
            + "matched more paragraphs than are ranked (a very common word): the hits are the best of the first "
            + "ones found; narrow the query or filter to rank them all.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHit.class)))
    public Response search(@BeanParam SearchQuery query, @Context UriInfo uri) {
        // from the read cache, which any committed change to documents ends
        return cache.answer("search?" + uri.getRequestUri().getRawQuery(), () -> {
            ParagraphSearch.SearchResults results = search.search(query);
            return new Answer(results.hits(), null, results.partial() ? Map.of(PARTIAL, "true") : Map.of());
        });
    }
}
