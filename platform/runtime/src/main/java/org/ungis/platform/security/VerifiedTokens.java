package org.ungis.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer-token parser of every service: a token whose signature and claims were verified is
 * taken as verified again, without the RSA arithmetic, for up to {@code reuse} (60 s) and never
 * past its own {@code exp}. A partner sends the same token with each request of a session, and
 * verifying it took a quarter of membership-service's CPU per write. Only the exact token text
 * is reused; anything else (a new token, an expired one, one seen more than {@code reuse} ago) is
 * verified in full by SmallRye JWT, so a signing key that leaves the key set stops being honoured
 * within {@code reuse}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    private static final int MAX_ENTRIES = 1_024;

    private final JWTParser verifier;
    private final long reuseMillis;
    private final LongSupplier clock;
    private final Counter verifications;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier,
            @ConfigProperty(name = "ungis.security.verified-token-reuse", defaultValue = "60s") Duration reuse,
            MeterRegistry registry) {
        this(verifier, reuse, System::currentTimeMillis, registry);
    }

    VerifiedTokens(JWTParser verifier, Duration reuse, LongSupplier clock, MeterRegistry registry) {
        this.verifier = verifier;
        this.reuseMillis = reuse.toMillis();
        this.clock = clock;
        this.verifications = Counter.builder("ungis.security.token.verifications")
                .description("Bearer tokens checked in full (signature and claims), not taken as recently verified")
                .register(registry);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        Verified recent = verified.get(token);
        if (recent != null) {
            if (now < recent.until()) {
                return recent.token();
            }
            verified.remove(token); // past its time: checked again below, kept again only if it passes
        }
        verifications.increment();
        JsonWebToken fresh = verifier.parse(token);
        long until = Math.min(now + reuseMillis, fresh.getExpirationTime() * 1000);
        if (until > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, new Verified(fresh, until));
        }
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    /** A verified token and the moment (epoch ms) until which it is taken as verified. */
    private record Verified(JsonWebToken token, long until) {
    }
}
