package uk.casetrail.app.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Set;

/** Turns a verified access token into the practitioner it names, with one of Casetrail's roles. */
class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    static final Set<String> ROLES = Set.of("SOCIAL_WORKER", "TEAM_MANAGER", "PARTNER", "INSPECTOR", "AUDITOR", "ADMIN",
            "DATA_OFFICER");

    private final TokenClaims claims;

    TokenAuthentication(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = jwt.getClaimAsString(claims.user());
        String role = jwt.getClaimAsString(claims.role());
        if (user == null || user.isBlank() || role == null || !ROLES.contains(role)) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "the token names no user or no Casetrail role", null));
        }
        Practitioner practitioner = new Practitioner(user, "", role, jwt.getClaimAsString(claims.team()));
        return new UsernamePasswordAuthenticationToken(practitioner, jwt, practitioner.getAuthorities());
    }
}
