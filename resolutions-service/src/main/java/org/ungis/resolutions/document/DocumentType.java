package org.ungis.resolutions.document;

public enum DocumentType {
    RESOLUTION, DECISION, REPORT, OUTCOME_DOCUMENT, ROADMAP, OTHER
}
