package org.ungis.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging for reads written in plain SQL, ordered by ({@code updated_at}, {@code id}) of a
 * table alias: the conditions {@code updatedSince} and {@code cursor} add, and the page cut from
 * the {@code limit + 1} rows fetched (the extra row says whether there is a next page).
 */
public final class KeysetSql {
    private KeysetSql() {
    }

    /** Adds to {@code conditions} and {@code params} what {@code updatedSince} and {@code cursor} ask. */
    public static void restrict(ListQuery query, String alias, List<String> conditions, List<Object> params) {
        query.updatedSince().ifPresent(since -> {
            conditions.add(alias + ".updated_at >= ?");
            params.add(since);
        });
        query.after().ifPresent(cursor -> {
            conditions.add("(" + alias + ".updated_at, " + alias + ".id) > (?, ?)");
            params.add(cursor.updatedAt());
            params.add(cursor.id());
        });
    }

    /** {@code where ... order by (updated_at, id) limit ?}, with the limit + 1 to bind last. */
    public static String orderAndLimit(List<String> conditions, String alias) {
        return (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + alias + ".updated_at, " + alias + ".id limit ?";
    }

    /** The first {@code limit} of {@code rows} (fetched with limit + 1), with the cursor after them when there are more. */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }
}
