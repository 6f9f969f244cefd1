package org.ungis.platform.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Keyset pagination over entities that have {@code id} (UUID) and {@code updatedAt}, ordered by
 * (updatedAt, id): cheap at any depth, and an item changed while a client pages moves to the end
 * instead of shifting every page.
 */
public final class KeysetPaging {

    private KeysetPaging() {
    }

    /**
     * @param filter extra HQL conditions on the entity (may be empty), with their {@code params}
     */
    public static <E> Page<E> page(PanacheRepositoryBase<E, UUID> repository, ListQuery query, String filter,
            Map<String, Object> params, Function<E, Cursor> cursorOf) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> bound = new HashMap<>(params);
        if (filter != null && !filter.isBlank()) {
            conditions.add("(" + filter + ")");
        }
        query.updatedSince().ifPresent(since -> {
            conditions.add("updatedAt >= :updatedSince");
            bound.put("updatedSince", since);
        });
        query.after().ifPresent(cursor -> {
            conditions.add("(updatedAt > :cursorAt or (updatedAt = :cursorAt and id > :cursorId))");
            bound.put("cursorAt", cursor.updatedAt());
            bound.put("cursorId", cursor.id());
        });
        String hql = (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions))
                + " order by updatedAt, id";
        Parameters parameters = new Parameters();
        bound.forEach(parameters::and);
        int limit = query.limit();
        List<E> rows = repository.find(hql.trim(), parameters).range(0, limit).list();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<E> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)).encode());
    }
}
