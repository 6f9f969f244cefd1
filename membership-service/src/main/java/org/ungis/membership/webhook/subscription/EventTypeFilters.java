package org.ungis.membership.webhook.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.ungis.changeevents.ChangeEventType;
import org.ungis.changeevents.ChangeTopic;
import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/**
 * The event types a subscription asks for: exact membership event types, or a prefix ending in
 * {@code .*} ({@code org.ungis.membership.post.*}) that names at least one of them.
 */
public final class EventTypeFilters {
    private static final int MAX_FILTERS = 50;
    private static final List<String> MEMBERSHIP_TYPES = Arrays.stream(ChangeEventType.values())
            .filter(type -> type.topic() == ChangeTopic.MEMBERSHIP_ORGANIZATIONS).map(ChangeEventType::type).toList();

    private EventTypeFilters() {
    }

    /** The filters, de-duplicated in their order, or a 422 naming the first that selects nothing. */
    public static List<String> validated(List<String> filters) {
        if (filters == null || filters.isEmpty()) {
            throw ProblemException.unprocessable("unknown-event-type", "Name at least one event type.",
                    List.of(new FieldError("eventTypes",
                            "at least one type or prefix such as org.ungis.membership.*")));
        }
        if (filters.size() > MAX_FILTERS) {
            throw ProblemException.invalid("eventTypes", "at most " + MAX_FILTERS + " entries");
        }
        List<String> result = new ArrayList<>(new LinkedHashSet<>(filters.stream()
                .map(filter -> filter == null ? "" : filter.strip()).toList()));
        for (String filter : result) {
            if (MEMBERSHIP_TYPES.stream().noneMatch(type -> matches(filter, type))) {
                throw ProblemException.unprocessable("unknown-event-type",
                        "'" + filter + "' selects no membership event type.",
                        List.of(new FieldError("eventTypes",
                                "known types: " + String.join(", ", MEMBERSHIP_TYPES) + "; or a prefix ending in .*")));
            }
        }
        return result;
    }

    static boolean matches(String filter, String type) {
        return filter.endsWith(".*") ? type.startsWith(filter.substring(0, filter.length() - 1)) : filter.equals(type);
    }
}
