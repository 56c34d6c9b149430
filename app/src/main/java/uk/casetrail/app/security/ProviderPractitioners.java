package uk.casetrail.app.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.casetrail.ui.signin.ProviderUsers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The practitioner a sign-in to the pages at the identity provider names: the same claims as a bearer
 * token's (TokenClaims), read from the ID token and, for a claim it lacks, from the userinfo.
 */
class ProviderPractitioners implements ProviderUsers {

    private final TokenClaims claims;

    ProviderPractitioners(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public Optional<OidcUser> signedIn(OidcIdToken idToken, OidcUserInfo userInfo) {
        Map<String, Object> all = new HashMap<>();
        if (userInfo != null) {
            all.putAll(userInfo.getClaims());
        }
        all.putAll(idToken.getClaims());
        return claims.practitioner(() -> all).map(practitioner -> new ProviderPractitioner(practitioner, idToken, userInfo, all));
    }
}
