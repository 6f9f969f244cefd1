package org.ungis.changeevents.resolutions;

import java.util.Locale;

/**
 * How a UN document symbol is compared across services: people type {@code a/res/70/125 } or
 * {@code E/2025/31–E/CN.16/2025/4} with an en dash or a hyphen. Upper case, no white space,
 * every dash variant as '-'.
 */
public final class DocumentSymbolKey {
    private DocumentSymbolKey() {
    }

    public static String of(String symbol) {
        return symbol.strip()
                .replaceAll("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]", "-")
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }
}
