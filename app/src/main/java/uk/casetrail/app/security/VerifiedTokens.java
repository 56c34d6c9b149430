package uk.casetrail.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers bearer tokens already verified, so that a client's every request does not verify the
 * same RSA signature again: on this machine that verification cost more processor time than the
 * read it let through. The whole token is the key, signature included, so only the exact token that
 * was verified is recognised. A remembered token is served only before it expires (and not before
 * it is valid) and for a few minutes at most, after which the identity provider's keys are consulted
 * again; anything else goes to the decoder and its validators.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration LONGEST_KEPT = Duration.ofMinutes(5);
    private static final int MOST_KEPT = 4_096;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MOST_KEPT).expireAfterWrite(LONGEST_KEPT)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && validNow(known)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (validNow(jwt)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    // A token without an expiry is never remembered: the decoder decides about it every time.
    private boolean validNow(Jwt jwt) {
        Instant now = clock.instant();
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}
