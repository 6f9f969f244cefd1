package org.ungis.resolutions.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {
    static final String PARTIAL = "Search-Partial";

    private final ParagraphSearch search;

    public SearchResource(ParagraphSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Full-text search over paragraphs",
            description = "The latest text of every document; web-search syntax (words, \"phrases\", or, -not), "
                    + "English stemming; ranked, with highlighted snippets; filter by body, type, kind, year, document.")
    @APIResponse(responseCode = "200", description = "Hits, best first. Header Search-Partial: true when the query "
            + "matched more paragraphs than are ranked (a very common word): the hits are the best of the first "
            + "ones found; narrow the query or filter to rank them all.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHit.class)))
    public Response search(@BeanParam SearchQuery query) {
        ParagraphSearch.SearchResults results = search.search(query);
        Response.ResponseBuilder response = Response.ok(results.hits());
        if (results.partial()) {
            response.header(PARTIAL, "true");
        }
        return response.build();
    }
}
