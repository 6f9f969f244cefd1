package org.ungis.platform.devtokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Mints JWTs signed with the development key, for tests and for {@code ./ungis token}. The
 * services accept them only where the dev key is configured (dev and test profiles, and the run
 * script, which passes the matching public key explicitly).
 */
public final class DevTokens {
    public static final String ISSUER = "https://ungis.org";
    /** The claim naming the organization a partner token acts for. */
    public static final String ORGANIZATION_CLAIM = "ungis_org";

    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    public static String secretariat() {
        return forRoles("secretariat-dev", Set.of("secretariat"), null);
    }

    public static String partner(String organizationId) {
        return forRoles("partner-" + organizationId, Set.of("partner"), organizationId);
    }

    /** A token for a caller with the given roles and, when not null, the organization claim. */
    public static String forRoles(String subject, Set<String> roles, String organizationId) {
        return forRoles(subject, roles, organizationId, Duration.ofHours(12));
    }

    public static String forRoles(String subject, Set<String> roles, String organizationId, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(lifetime);
        if (organizationId != null) {
            claims.claim(ORGANIZATION_CLAIM, organizationId);
        }
        return claims.jws().keyId("ungis-dev").sign(KEY);
    }

    /** {@code java DevTokens <role> [organization-id]}: prints one token. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DevTokens secretariat | partner <organization-id>");
            System.exit(2);
        }
        String token = switch (args[0]) {
            case "secretariat" -> secretariat();
            case "partner" -> {
                if (args.length < 2) {
                    System.err.println("a partner token needs the organization id it acts for");
                    System.exit(2);
                }
                yield partner(args[1]);
            }
            default -> {
                System.err.println("unknown role: " + args[0] + " (secretariat, partner)");
                System.exit(2);
                yield null;
            }
        };
        System.out.println(token);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/jwt-private.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-keys/jwt-private.pem is missing from the classpath");
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the dev signing key", e);
        }
    }
}
