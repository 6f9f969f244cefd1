package org.ungis.resolutions.paragraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ungis.platform.problem.Problem.FieldError;
import org.ungis.platform.problem.ProblemException;

/**
 * The numbering of a text, checked as a whole: operative paragraphs carry a number as printed
 * ({@code 98}, {@code 5 (a)}, {@code 5 (a) (i)}, {@code 12 bis}), main numbers never go down, and
 * no address is used twice. Addresses follow AKN4UN's spirit: {@code para_133},
 * {@code para_5_a}, and {@code preamble_2} for the second unnumbered preambular paragraph.
 */
public final class ParagraphNumbering {
    private static final Pattern NUMBER = Pattern
            .compile("(\\d{1,4})(?: ?(?:bis|ter|quater))?(?: ?\\((?:[a-z]{1,3}|[ivxl]{1,6})\\))*");

    private ParagraphNumbering() {
    }

    /** The paragraphs with their addresses; 422 naming every paragraph whose numbering is wrong. */
    public static List<NumberedParagraph> check(List<NewParagraph> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            throw ProblemException.unprocessable("empty-version", "A version needs at least one paragraph.",
                    List.of(new FieldError("paragraphs", "must not be empty")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<NumberedParagraph> numbered = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        int lastMain = -1;
        int unnumberedPreambular = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            NewParagraph paragraph = paragraphs.get(i);
            String field = "paragraphs[" + i + "].number";
            String number = paragraph.number() == null || paragraph.number().isBlank() ? null
                    : paragraph.number().strip().replaceAll("\\s+", " ");
            String anchor;
            if (number == null) {
                if (paragraph.kind() == ParagraphKind.OPERATIVE) {
                    errors.add(new FieldError(field, "an operative paragraph needs its number as printed"));
                    continue;
                }
                anchor = "preamble_" + (++unnumberedPreambular);
            } else {
                Matcher matcher = NUMBER.matcher(number);
                if (!matcher.matches()) {
                    errors.add(new FieldError(field, "'" + number + "' is not a paragraph number such as 98, 5 (a) or 12 bis"));
                    continue;
                }
                int main = Integer.parseInt(matcher.group(1));
                if (paragraph.kind() == ParagraphKind.OPERATIVE) {
                    if (main < lastMain) {
                        errors.add(new FieldError(field, "'" + number + "' comes after paragraph " + lastMain));
                        continue;
                    }
                    lastMain = main;
                }
                anchor = (paragraph.kind() == ParagraphKind.OPERATIVE ? "para_" : "preamble_") + anchorPart(number);
            }
            if (!anchors.add(anchor)) {
                errors.add(new FieldError(field, "'" + number + "' is numbered like an earlier paragraph"));
                continue;
            }
            numbered.add(new NumberedParagraph(paragraph.kind(), number, anchor, paragraph.text().strip()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("malformed-paragraph-numbering",
                    "The paragraphs are not numbered as a printed text is.", errors);
        }
        return numbered;
    }

    /**
     * The anchor a reference to a paragraph means: an anchor as given ({@code para_133},
     * {@code preamble_2}), or an operative paragraph's printed number ({@code 133}, {@code 5 (a)}).
     */
    public static String anchorOf(String reference) {
        String value = reference.strip();
        return value.startsWith("para_") || value.startsWith("preamble_") ? value : "para_" + anchorPart(value);
    }

    /** {@code 5 (a) (i)} becomes {@code 5_a_i}. */
    static String anchorPart(String number) {
        return number.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
