package org.ungis.resolutions.paragraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParagraphChange", description = "How a paragraph differs between two versions, matched by address.")
public record ParagraphChange(
        @Schema(example = "para_133") String anchor,
        @Schema(example = "133") String number,
        Change change,
        @Schema(description = "The text in the earlier version; absent when added.") String before,
        @Schema(description = "The text in the later version; absent when removed.") String after) {

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    /**
     * Paragraph by paragraph: in the later version's order, then those it no longer has.
     * Unchanged paragraphs only when {@code withUnchanged}.
     */
    public static List<ParagraphChange> between(List<ParagraphView> earlier, List<ParagraphView> later,
            boolean withUnchanged) {
        Map<String, ParagraphView> remaining = new LinkedHashMap<>();
        earlier.forEach(paragraph -> remaining.put(paragraph.anchor(), paragraph));
        List<ParagraphChange> changes = new ArrayList<>();
        for (ParagraphView paragraph : later) {
            ParagraphView before = remaining.remove(paragraph.anchor());
            if (before == null) {
                changes.add(new ParagraphChange(paragraph.anchor(), paragraph.number(), Change.ADDED, null, paragraph.text()));
            } else if (!before.text().equals(paragraph.text())) {
                changes.add(new ParagraphChange(paragraph.anchor(), paragraph.number(), Change.CHANGED, before.text(),
                        paragraph.text()));
            } else if (withUnchanged) {
                changes.add(new ParagraphChange(paragraph.anchor(), paragraph.number(), Change.UNCHANGED, before.text(),
                        paragraph.text()));
            }
        }
        remaining.values().forEach(paragraph -> changes.add(
                new ParagraphChange(paragraph.anchor(), paragraph.number(), Change.REMOVED, paragraph.text(), null)));
        return changes;
    }
}
