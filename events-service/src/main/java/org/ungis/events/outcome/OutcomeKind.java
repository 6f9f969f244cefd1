package org.ungis.events.outcome;

/** What an event produced or received: a document with a UN symbol, or an input listing points. */
public enum OutcomeKind {
    DOCUMENT, INPUT
}
