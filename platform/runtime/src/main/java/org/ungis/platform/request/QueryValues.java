package org.ungis.platform.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ungis.platform.problem.ProblemException;

/** Query-parameter values read the same way everywhere: absent when blank, a 400 naming the field when wrong. */
public final class QueryValues {
    private QueryValues() {
    }

    /** One of {@code type}'s constants, case-insensitively. */
    public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Optional<Integer> intValue(String value, String field, int min, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return Optional.of(parsed);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be a whole number from " + min + " to " + max);
    }

    /** A calendar date, YYYY-MM-DD. */
    public static Optional<LocalDate> date(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2019-06-01");
        }
    }

    /** An id (UUID); {@code what} names it in the error, e.g. "an organization id". */
    public static Optional<UUID> id(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be " + what + " (UUID)");
        }
    }

    /** Comma-separated ids (UUIDs), at most {@code max}: a batch lookup. */
    public static Optional<List<UUID>> ids(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() > max) {
            throw ProblemException.invalid(field, "at most " + max + " ids per request");
        }
        try {
            return Optional.of(values.stream().map(UUID::fromString).toList());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be ids (UUIDs) separated by commas");
        }
    }
}
