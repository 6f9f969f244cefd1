package org.ungis.platform.security;

/**
 * The roles a token may carry (its {@code groups} claim). Reads are public; writes need
 * {@link #SECRETARIAT}; a {@link #PARTNER} token names its organization in
 * {@link #ORGANIZATION_CLAIM} and may act only for that organization.
 */
public final class Roles {
    public static final String SECRETARIAT = "secretariat";
    public static final String PARTNER = "partner";
    public static final String ORGANIZATION_CLAIM = "ungis_org";

    private Roles() {
    }
}
