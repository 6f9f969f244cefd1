package org.ungis.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code nextCursor} is absent on the last page; pass it as {@code cursor}
 * to get the next one.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
