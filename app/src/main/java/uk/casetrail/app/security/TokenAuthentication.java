package uk.casetrail.app.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns a verified access token into the practitioner it names, with one of Casetrail's roles. */
class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TokenClaims claims;

    TokenAuthentication(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Practitioner practitioner = claims.practitioner(jwt).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error("invalid_token", "the token names no user or no Casetrail role", null)));
        return new UsernamePasswordAuthenticationToken(practitioner, jwt, practitioner.getAuthorities());
    }
}
