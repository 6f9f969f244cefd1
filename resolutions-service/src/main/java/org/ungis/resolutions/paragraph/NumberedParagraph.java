package org.ungis.resolutions.paragraph;

/** A paragraph whose numbering was checked, with its address within the document ({@code para_5_a}). */
public record NumberedParagraph(ParagraphKind kind, String number, String anchor, String text) {
}
