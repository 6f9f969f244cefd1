package org.ungis.membership.post;

import org.ungis.platform.dates.DatePrecision;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ungis.changeevents.membership.OrganizationState.Post;

@Schema(name = "Post", description = "An organization's term in a UNGIS post.")
public record PostView(
        UUID id,
        PostKind kind,
        UUID holderId,
        @Schema(example = "ESCWA") String holderAcronym,
        @Schema(example = "2025-01-01") LocalDate termStart,
        @Schema(example = "2026-12-31", description = "Last day of the term; absent for a permanent post.") LocalDate termEnd,
        @Schema(description = "How precisely the term's dates are known.") DatePrecision precision,
        @Schema(example = "UN Regional Commissions", description = "The group the holder represents, if any.") String onBehalfOf,
        boolean permanent) {

    public static PostView of(Post post, UUID holderId, String holderAcronym) {
        return new PostView(UUID.fromString(post.id()), PostKind.valueOf(post.kind()), holderId, holderAcronym,
                post.termStart(), post.termEnd(), DatePrecision.valueOf(post.precision()), post.onBehalfOf(),
                post.permanent());
    }

    /** Whether the term runs on {@code day}. */
    public static boolean covers(Post post, LocalDate day) {
        return (post.termStart() == null || !day.isBefore(post.termStart()))
                && (post.termEnd() == null || !day.isAfter(post.termEnd()));
    }
}
