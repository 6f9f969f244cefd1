package org.ungis.platform.security;

import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the rules of the platform see it: the secretariat (everything), or a partner
 * acting for the one organization its token names.
 */
public record Caller(String name, boolean secretariat, Optional<UUID> organization) {

    public static Caller of(SecurityIdentity identity) {
        boolean secretariat = identity.hasRole(Roles.SECRETARIAT);
        Optional<UUID> organization = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken token && identity.hasRole(Roles.PARTNER)) {
            Object claim = token.getClaim(Roles.ORGANIZATION_CLAIM);
            if (claim != null) {
                try {
                    organization = Optional.of(UUID.fromString(claim.toString().replace("\"", "").strip()));
                } catch (IllegalArgumentException notAnId) {
                    // a partner token without a valid organization acts for nobody
                }
            }
        }
        return new Caller(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), secretariat,
                organization);
    }

    /** Whether the caller may see and manage what belongs to {@code owner}. */
    public boolean actsFor(UUID owner) {
        return secretariat || organization.filter(owner::equals).isPresent();
    }
}
