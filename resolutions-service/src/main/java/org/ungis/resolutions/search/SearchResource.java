package org.ungis.resolutions.search;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {
    private final ParagraphSearch search;

    public SearchResource(ParagraphSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Full-text search over paragraphs",
            description = "The latest text of every document; web-search syntax (words, \"phrases\", or, -not), "
                    + "English stemming; ranked, with highlighted snippets; filter by body, type, kind, year, document.")
    public List<SearchHit> search(@BeanParam SearchQuery query) {
        return search.search(query);
    }
}
