package org.ungis.membership.post;

import org.ungis.platform.dates.DatePrecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.membership.organization.Organization;
import org.ungis.membership.organization.OrganizationService;
import org.ungis.platform.problem.ProblemException;

/**
 * Terms in posts. A term belongs to its holder's aggregate (its events carry the holder's full
 * state); one seat is held by one organization at a time, which the database also enforces.
 */
@ApplicationScoped
public class PostService {
    private final PostRepository posts;
    private final OrganizationService organizations;

    public PostService(PostRepository posts, OrganizationService organizations) {
        this.posts = posts;
        this.organizations = organizations;
    }

    @Transactional
    public PostView assign(PostAssignment assignment) {
        Organization holder = organizations.lockForChange(assignment.holder(), OptionalLong.empty());
        String seat = assignment.kind().seat(holder.id());
        List<PostTerm> overlapping = posts.overlapping(seat, assignment.termStart(), assignment.termEnd());
        if (!overlapping.isEmpty()) {
            PostTerm other = overlapping.get(0);
            throw ProblemException.conflict("overlapping-term", "The " + assignment.kind() + " seat is held by "
                    + other.holder().acronym() + " from " + other.termStart() + " to "
                    + (other.termEnd() == null ? "further notice" : other.termEnd()) + ".");
        }
        PostTerm term = holder.assignPost(assignment.kind(), assignment.termStart(), assignment.termEnd(),
                assignment.precision() == null ? DatePrecision.DAY : assignment.precision(),
                blankToNull(assignment.onBehalfOf()), assignment.permanent(), Instant.now());
        organizations.recordChange(ChangeEventType.POST_ASSIGNED, holder);
        return term.toView();
    }

    @Transactional
    public PostView end(String id, PostEnd end) {
        PostTerm term = find(id);
        Organization holder = organizations.lockForChange(term.holder().id().toString(), OptionalLong.empty());
        holder.endPost(term, end.termEnd(), Instant.now());
        organizations.recordChange(ChangeEventType.POST_ENDED, holder);
        return term.toView();
    }

    @Transactional
    public PostView get(String id) {
        return find(id).toView();
    }

    @Transactional
    public List<PostView> search(LocalDate asOf, PostKind kind, String holderKey) {
        UUID holder = holderKey == null || holderKey.isBlank() ? null : organizations.find(holderKey).id();
        return ofHolders(asOf, kind, holder == null ? null : List.of(holder));
    }

    /** The terms of any of {@code holders} (ids; unknown ones hold none), or of all when null. */
    public List<PostView> ofHolders(LocalDate asOf, PostKind kind, List<UUID> holders) {
        return posts.search(asOf, kind, holders).stream().map(PostTerm::toView).toList();
    }

    private PostTerm find(String id) {
        try {
            return posts.findByIdOptional(UUID.fromString(id))
                    .orElseThrow(() -> ProblemException.notFound("post", id));
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("post", id);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
