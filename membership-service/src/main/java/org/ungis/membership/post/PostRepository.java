package org.ungis.membership.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<PostTerm, UUID> {

    /** Terms of {@code seat} that share a day with [start, end] (end null: open-ended). */
    public List<PostTerm> overlapping(String seat, LocalDate start, LocalDate end) {
        StringBuilder query = new StringBuilder("seat = :seat");
        Parameters parameters = Parameters.with("seat", seat);
        // null bounds are open; the condition is left out rather than bound as an untyped null
        if (end != null) {
            query.append(" and (termStart is null or termStart <= :end)");
            parameters.and("end", end);
        }
        if (start != null) {
            query.append(" and (termEnd is null or termEnd >= :start)");
            parameters.and("start", start);
        }
        return find(query.toString(), parameters).list();
    }

    public List<PostTerm> search(LocalDate asOf, PostKind kind, List<UUID> holders) {
        StringBuilder query = new StringBuilder("from PostTerm t join fetch t.holder where 1 = 1");
        Parameters parameters = new Parameters();
        if (asOf != null) {
            query.append(" and (t.termStart is null or t.termStart <= :day) and (t.termEnd is null or t.termEnd >= :day)");
            parameters.and("day", asOf);
        }
        if (kind != null) {
            query.append(" and t.kind = :kind");
            parameters.and("kind", kind);
        }
        if (holders != null) {
            if (holders.isEmpty()) {
                return List.of();
            }
            query.append(" and t.holder.id in :holders");
            parameters.and("holders", holders);
        }
        query.append(" order by t.kind, t.termStart nulls first, t.holder.acronym");
        return find(query.toString(), parameters).list();
    }
}
