package org.ungis.membership.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.changeevents.membership.OrganizationState.ParticipationPeriod;
import org.ungis.membership.participation.ParticipationStatus;
import org.ungis.membership.post.PostView;

@Schema(name = "Organization", description = "An organization of the UN system as UNGIS knows it.")
public record OrganizationView(
        @Schema(description = "Stable id; never changes, also when the organization is renamed.") UUID id,
        @Schema(example = "ITU") String acronym,
        @Schema(example = "International Telecommunication Union") String name,
        Classification classification,
        @Schema(example = "https://www.itu.int") String website,
        List<Alias> aliases,
        List<Identifier> identifiers,
        @Schema(description = "MEMBER or OBSERVER on the asOf date (today by default); absent when not taking part.")
        ParticipationStatus status,
        @Schema(description = "Every period of participation, oldest first; since absent where not recorded, "
                + "until (exclusive) absent while ongoing.") List<ParticipationPeriod> participation,
        @Schema(description = "Posts held on the asOf date (today by default).") List<PostView> posts,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; sent as the ETag.") long version) {
}
