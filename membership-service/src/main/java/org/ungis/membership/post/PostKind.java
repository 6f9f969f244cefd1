package org.ungis.membership.post;

public enum PostKind {
    /** One at a time. */
    CHAIR,
    /** Several at a time, one seat per holder. */
    VICE_CHAIR,
    /** One at a time; ITU holds it permanently. */
    SECRETARIAT;

    /** The seat a term occupies: terms of one seat never overlap. */
    public String seat(java.util.UUID holder) {
        return this == VICE_CHAIR ? name() + ":" + holder : name();
    }
}
