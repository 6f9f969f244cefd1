package org.ungis.membership.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.changeevents.membership.OrganizationState;
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

    /** The organization as it stood on {@code asOf}: its status and the posts it held that day. */
    public static OrganizationView of(OrganizationState state, LocalDate asOf) {
        UUID id = UUID.fromString(state.id());
        return new OrganizationView(id, state.acronym(), state.name(), Classification.valueOf(state.classification()),
                state.website(),
                state.aliases().stream().map(alias -> new Alias(alias.value(), AliasKind.valueOf(alias.kind()))).toList(),
                state.identifiers().stream().map(identifier -> new Identifier(identifier.scheme(), identifier.value()))
                        .toList(),
                state.participation().stream().filter(period -> covers(period, asOf)).findFirst()
                        .map(period -> ParticipationStatus.valueOf(period.status())).orElse(null),
                state.participation(),
                state.posts().stream().filter(post -> PostView.covers(post, asOf))
                        .map(post -> PostView.of(post, id, state.acronym())).toList(),
                state.createdAt(), state.updatedAt(), state.version());
    }

    private static boolean covers(ParticipationPeriod period, LocalDate day) {
        return (period.since() == null || !day.isBefore(period.since()))
                && (period.until() == null || day.isBefore(period.until()));
    }
}
