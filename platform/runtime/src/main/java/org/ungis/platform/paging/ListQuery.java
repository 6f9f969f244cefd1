package org.ungis.platform.paging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ungis.platform.problem.ProblemException;

/**
 * The paging and change-tracking parameters every list endpoint takes:
 * {@code limit} (1–200, default 50), {@code cursor}, and {@code updatedSince} (an RFC 3339
 * timestamp; only items changed at or after it).
 */
public class ListQuery {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 200 (default 50).")
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page.")
    String cursor;

    @QueryParam("updatedSince")
    @Parameter(description = "Only items changed at or after this RFC 3339 time, e.g. 2025-07-10T00:00:00Z.")
    String updatedSince;

    public int limit() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public Optional<Cursor> after() {
        return cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(Cursor.decode(cursor.trim()));
    }

    public Optional<Instant> updatedSince() {
        if (updatedSince == null || updatedSince.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(updatedSince.trim()).toInstant());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("updatedSince", "must be an RFC 3339 time such as 2025-07-10T00:00:00Z");
        }
    }
}
