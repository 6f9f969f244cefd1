package org.ungis.resolutions.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ungis.changeevents.membership.OrganizationState;

/**
 * A name an organization goes by, with the PostgreSQL regular expression that finds it in a
 * paragraph as a whole word: acronyms match case-sensitively ({@code WHO} is not "who"), names
 * case-insensitively; a hyphen counts as part of a word, so {@code UN} is not found in
 * {@code UN-Habitat}; any run of white space stands for a space.
 */
public record OrganizationName(String value, boolean caseSensitive, String pattern) {

    static OrganizationName of(String value, boolean caseSensitive) {
        StringBuilder pattern = new StringBuilder("(?<![[:alnum:]_-])");
        String[] words = value.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                pattern.append("\\s+");
            }
            for (char c : word.toCharArray()) {
                if (!Character.isLetterOrDigit(c)) {
                    pattern.append('\\');
                }
                pattern.append(c);
            }
        }
        pattern.append("(?![[:alnum:]_-])");
        return new OrganizationName(value.strip(), caseSensitive, pattern.toString());
    }

    /** Acronym, name and every alias; a name given twice is kept once, the case-sensitive way first. */
    static List<OrganizationName> of(OrganizationState state) {
        Map<String, OrganizationName> names = new LinkedHashMap<>();
        add(names, of(state.acronym(), true));
        add(names, of(state.name(), false));
        if (state.aliases() != null) {
            for (OrganizationState.Alias alias : state.aliases()) {
                if (alias.value() != null && !alias.value().isBlank()) {
                    add(names, of(alias.value(), !"FORMER_NAME".equals(alias.kind())));
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    private static void add(Map<String, OrganizationName> names, OrganizationName name) {
        names.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
    }
}
