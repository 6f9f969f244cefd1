package org.ungis.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** Which tokens are verified in full and which are taken as recently verified. */
class VerifiedTokensTest {
    private static final long START = 1_800_000_000_000L;

    private final List<String> verifiedInFull = new ArrayList<>();
    private final Map<String, Long> expiry = new java.util.HashMap<>(); // epoch seconds; absent: invalid
    private long now = START;

    /** Stands for SmallRye JWT: accepts the tokens in {@code expiry} until they expire. */
    private final DefaultJWTParser verifier = new DefaultJWTParser() {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifiedInFull.add(token);
            Long exp = expiry.get(token);
            if (exp == null || exp * 1000 <= now) {
                throw new ParseException("invalid or expired: " + token);
            }
            return new Token(token, exp);
        }
    };
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, Duration.ofSeconds(60), () -> now, registry);

    @Test
    void takesTheSameTokenAsVerifiedForTheReusePeriod() throws ParseException {
        expiry.put("a", START / 1000 + 3600);
        expiry.put("b", START / 1000 + 3600);
        assertThat(tokens.parse("a").getName()).isEqualTo("a");
        now += 59_000;
        assertThat(tokens.parse("a").getName()).isEqualTo("a");
        assertThat(tokens.parse("b").getName()).isEqualTo("b");
        assertThat(verifiedInFull).containsExactly("a", "b");

        now += 2_000; // 61 s after a was verified
        tokens.parse("a");
        assertThat(verifiedInFull).containsExactly("a", "b", "a");
        assertThat(registry.counter("ungis.security.token.verifications").count()).isEqualTo(3);
    }

    @Test
    void neverTakesATokenPastItsExpiry() throws ParseException {
        expiry.put("short", START / 1000 + 10);
        tokens.parse("short");
        now += 9_000;
        tokens.parse("short");
        assertThat(verifiedInFull).hasSize(1);
        now += 1_000; // its exp
        assertThatThrownBy(() -> tokens.parse("short")).isInstanceOf(ParseException.class);
        assertThat(verifiedInFull).hasSize(2);
    }

    @Test
    void checksEveryRequestWhenReuseIsZero() throws ParseException {
        VerifiedTokens checkingAll = new VerifiedTokens(verifier, Duration.ZERO, () -> now, registry);
        expiry.put("a", START / 1000 + 3600);
        checkingAll.parse("a");
        checkingAll.parse("a");
        assertThat(verifiedInFull).containsExactly("a", "a");
    }

    @Test
    void keepsNothingOfATokenThatFailed() {
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThat(verifiedInFull).containsExactly("forged", "forged");
    }

    private record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T) (switch (claim) {
                case "sub" -> name;
                case "exp" -> Long.valueOf(exp);
                default -> null;
            });
        }
    }
}
