package org.ungis.resolutions.matrix;

/** The axes of the WSIS Process and 2030 Agenda - GDC matrix. */
public enum MatrixAxis {
    /** WSIS action lines C1-C11; C7's e-sub-lines have C7 as parent. */
    ACTION_LINE,
    SDG,
    GDC_OBJECTIVE,
    /** A commitment under a GDC objective (its parent). */
    GDC_COMMITMENT
}
