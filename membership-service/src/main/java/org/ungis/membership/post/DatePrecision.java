package org.ungis.membership.post;

/** How precisely a term's dates are known: the 2025–2026 term is known to the year only. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
