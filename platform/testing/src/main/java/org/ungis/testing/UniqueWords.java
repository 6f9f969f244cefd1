package org.ungis.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no other test uses: a prefix and random letters. Letters only, so each is one whole word to
 * mention tagging and full-text search, and always as long as asked (the letters of a UUID are not).
 */
public final class UniqueWords {

    private UniqueWords() {
    }

    /** The prefix and six capital letters (26^6, about 3e8, per prefix). */
    public static String acronym(String prefix) {
        return prefix + letters('A', 6);
    }

    /** The prefix and ten small letters. */
    public static String word(String prefix) {
        return prefix + letters('a', 10);
    }

    private static String letters(char first, int count) {
        var random = ThreadLocalRandom.current();
        var letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) (first + random.nextInt(26)));
        }
        return letters.toString();
    }
}
