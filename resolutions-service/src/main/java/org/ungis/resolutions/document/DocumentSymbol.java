package org.ungis.resolutions.document;

import java.util.Locale;

/**
 * UN document symbols as people type them: {@code a/res/70/125}, {@code A/RES/70/125 },
 * {@code E/2025/31–E/CN.16/2025/4} with an en dash or a hyphen. The key makes them one.
 */
public final class DocumentSymbol {
    private DocumentSymbol() {
    }

    /** Upper case, no white space, every dash variant as '-'. */
    public static String key(String symbol) {
        return symbol.strip()
                .replaceAll("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]", "-")
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }
}
