package org.ungis.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production service that has no key to verify tokens with: the development
 * key is configured only in the dev and test profiles, and a service that cannot verify tokens
 * must not come up and answer as if it could.
 */
@ApplicationScoped
public class VerificationKeyGuard {
    static final String MESSAGE = "No JWT verification key is configured. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
            + "(a PEM or JWK file or URL) or MP_JWT_VERIFY_PUBLICKEY before starting in production.";

    private final Optional<String> publicKey;
    private final Optional<String> publicKeyLocation;

    public VerificationKeyGuard(
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation) {
        this.publicKey = publicKey;
        this.publicKeyLocation = publicKeyLocation;
    }

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && !hasKey()) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    boolean hasKey() {
        return publicKey.filter(value -> !value.isBlank()).isPresent()
                || publicKeyLocation.filter(value -> !value.isBlank()).isPresent();
    }
}
