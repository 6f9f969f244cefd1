package org.ungis.resolutions.organization;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ungis.platform.problem.ProblemException;
import org.ungis.platform.request.QueryValues;
import org.ungis.resolutions.organization.MentionQueries.OrganizationMentions;

@Path("/mentions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class MentionResource {
    private static final int MAX_IDS = 200;

    private final MentionQueries mentions;

    public MentionResource(MentionQueries mentions) {
        this.mentions = mentions;
    }

    @GET
    @Operation(summary = "Where several organizations are named (a batch lookup)",
            description = "For each membership-service organization id, in the order given, the paragraphs of "
                    + "documents' latest texts that name it, by any name it goes by. An id not known here has none.")
    public List<OrganizationMentions> of(@QueryParam("organizations")
    @Parameter(description = "Comma-separated organization ids (at most 200).", required = true) String organizations) {
        return mentions.of(QueryValues.ids(organizations, "organizations", MAX_IDS)
                .orElseThrow(() -> ProblemException.invalid("organizations", "is required")));
    }
}
