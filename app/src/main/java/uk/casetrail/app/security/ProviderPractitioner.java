package uk.casetrail.app.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A practitioner signed in to the pages at the identity provider: the same principal as any other
 * (SecurityActors reads it alike), keeping the ID token so that signing out can end the provider's session.
 */
final class ProviderPractitioner extends Practitioner implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    ProviderPractitioner(Practitioner practitioner, OidcIdToken idToken, OidcUserInfo userInfo, Map<String, Object> claims) {
        super(practitioner.getUsername(), "", practitioner.role(), practitioner.team());
        this.idToken = idToken;
        this.userInfo = userInfo;
        this.claims = Collections.unmodifiableMap(new HashMap<>(claims));
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
