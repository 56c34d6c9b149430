package uk.casetrail.app.security;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import uk.casetrail.app.bench.BenchTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bearer token's signature is verified once and the token then recognised, but never past its
 * expiry, never for another token (a forged signature or another key), and for a few minutes at most.
 */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger verifications = new AtomicInteger();
    private RSAKey provider;
    private JwtDecoder tokens;

    @BeforeEach
    void provider() throws Exception {
        provider = new RSAKeyGenerator(2048).keyID("provider").generate();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(provider.toRSAPublicKey()).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        decoder.setJwtValidator(expiry);
        tokens = new VerifiedTokens(token -> {
            verifications.incrementAndGet();
            return decoder.decode(token);
        }, clock);
    }

    private String token(RSAKey key, String user, Instant expires) {
        return BenchTokens.signed(key, new JWTClaimsSet.Builder().claim("preferred_username", user)
                .issueTime(Date.from(START)).expirationTime(Date.from(expires)).build());
    }

    @Test
    void a_token_is_verified_once_and_then_recognised() {
        String alice = token(provider, "alice", START.plusSeconds(3600));

        assertThat(tokens.decode(alice).getClaimAsString("preferred_username")).isEqualTo("alice");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.decode(alice).getClaimAsString("preferred_username")).isEqualTo("alice");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void an_expired_token_is_refused_though_it_was_recognised_before() {
        String alice = token(provider, "alice", START.plusSeconds(120));
        tokens.decode(alice);

        clock.advance(Duration.ofSeconds(121));

        assertThatThrownBy(() -> tokens.decode(alice)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void another_token_is_verified_whatever_is_remembered() throws Exception {
        String alice = token(provider, "alice", START.plusSeconds(3600));
        tokens.decode(alice);
        String[] parts = alice.split("\\.");
        String otherSignature = token(provider, "alice", START.plusSeconds(3601)).split("\\.")[2];
        String spliced = parts[0] + "." + parts[1] + "." + otherSignature;
        String forged = token(new RSAKeyGenerator(2048).keyID("provider").generate(), "alice", START.plusSeconds(3600));

        assertThatThrownBy(() -> tokens.decode(spliced)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void a_token_is_verified_again_after_a_few_minutes() {
        String alice = token(provider, "alice", START.plusSeconds(3600));
        tokens.decode(alice);

        clock.advance(VerifiedTokens.LONGEST_KEPT.plusSeconds(1));
        tokens.decode(alice);

        assertThat(verifications).hasValue(2);
    }

    private static final class MovingClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
