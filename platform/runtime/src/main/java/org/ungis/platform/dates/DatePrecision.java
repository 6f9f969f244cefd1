package org.ungis.platform.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How precisely a period's dates are known: to the day, or only to the month or the year (IGF
 * 2025 took place "in June"). A MONTH or YEAR period runs from the first to the last day of whole
 * months or years, so the stored dates never claim more than is known.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** Whether [start, end] is made of whole units of this precision. */
    public boolean fits(LocalDate start, LocalDate end) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
            case YEAR -> start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
        };
    }

    /** What a reader should be told about the period: "2025-07-10 to 2025-07-11", "June 2025", "2026". */
    public String describe(LocalDate start, LocalDate end) {
        return switch (this) {
            case DAY -> start.equals(end) ? start.toString() : start + " to " + end;
            case MONTH -> {
                String first = start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
                String last = end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + end.getYear();
                yield first.equals(last) ? first : first + " to " + last;
            }
            case YEAR -> start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                    : start.getYear() + " to " + end.getYear();
        };
    }
}
