package org.ungis.resolutions.paragraph;

public enum ParagraphKind {
    PREAMBULAR, OPERATIVE
}
