package org.ungis.membership.organization;

public enum AliasKind {
    /** An acronym the organization used before (UNWTO for UN Tourism). */
    FORMER_ACRONYM,
    FORMER_NAME,
    /** Another current spelling (ESCWA for UN ESCWA). */
    ALSO_KNOWN_AS
}
