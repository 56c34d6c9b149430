package uk.casetrail.ui.signin;

import org.springframework.lang.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Optional;

/**
 * Who a sign-in at the identity provider (OIDC) names, as the same signed-in principal the rest of the
 * application knows. Implemented where the application maps an identity provider's claims to its
 * practitioners; the pages offer the provider's sign-in only where there is an implementation and a client
 * registration (spring.security.oauth2.client.registration.*).
 */
public interface ProviderUsers {

    /**
     * The practitioner the ID token names (a claim it lacks looked up in the userinfo, if the provider
     * gave one), or empty where it names no user or no role of this application: then nobody signs in.
     */
    Optional<OidcUser> signedIn(OidcIdToken idToken, @Nullable OidcUserInfo userInfo);
}
