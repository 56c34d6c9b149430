package uk.casetrail.ui.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.StreamSupport;

/**
 * How a practitioner can sign in to the pages here: at an identity provider (OIDC, where a client
 * registration is configured and the application maps the provider's users), with a password (where
 * there are password users, i.e. the demo profile's), or both.
 */
@ConditionalOnWebApplication
@Component
class SignInMethods {

    /** The error of a sign-in at the provider whose claims name no practitioner of ours. */
    static final String NOT_A_PRACTITIONER = "casetrail_not_a_practitioner";

    private static final Logger log = LoggerFactory.getLogger(SignInMethods.class);

    /** A provider as the sign-in page offers it: its name and where its sign-in starts. */
    record Provider(String id, String name, String address) {
    }

    private final boolean password;
    private final ClientRegistrationRepository registrations;
    private final ProviderUsers users;

    SignInMethods(ObjectProvider<PasswordUsers> passwordUsers, ObjectProvider<ClientRegistrationRepository> registrations,
                  ObjectProvider<ProviderUsers> users) {
        this.password = passwordUsers.stream().anyMatch(PasswordUsers::any);
        this.users = users.getIfAvailable();
        this.registrations = this.users == null ? null : registrations.getIfAvailable();
    }

    boolean password() {
        return password;
    }

    boolean atProvider() {
        return registrations != null;
    }

    ClientRegistrationRepository registrations() {
        return registrations;
    }

    /** The OIDC providers to offer (every registration for the authorization code flow with the openid scope). */
    List<Provider> providers() {
        if (!(registrations instanceof Iterable<?> all)) {
            return List.of();
        }
        return StreamSupport.stream(all.spliterator(), false)
                .map(ClientRegistration.class::cast)
                .filter(r -> AuthorizationGrantType.AUTHORIZATION_CODE.equals(r.getAuthorizationGrantType())
                        && r.getScopes().contains(OidcScopes.OPENID))
                .map(r -> new Provider(r.getRegistrationId(), r.getClientName(),
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                + r.getRegistrationId()))
                .toList();
    }

    /**
     * The OIDC user service: Spring's (which verifies the ID token and fetches the userinfo), with our
     * practitioner as the signed-in user, or a refusal where the claims name none.
     */
    OAuth2UserService<OidcUserRequest, OidcUser> practitioners() {
        OidcUserService service = new OidcUserService();
        service.setOidcUserMapper((request, userInfo) -> users.signedIn(request.getIdToken(), userInfo).orElseThrow(() -> {
            log.info("Sign-in at {} refused: the claims of subject {} name no user or no Casetrail role",
                    request.getClientRegistration().getRegistrationId(), request.getIdToken().getSubject());
            return new OAuth2AuthenticationException(new OAuth2Error(NOT_A_PRACTITIONER,
                    "the identity provider's claims name no user or no Casetrail role", null));
        }));
        return service;
    }

    /** A registration without the openid scope would sign in someone who is not a practitioner: refused. */
    OAuth2UserService<OAuth2UserRequest, OAuth2User> notOidc() {
        return request -> {
            String registration = request.getClientRegistration().getRegistrationId();
            log.warn("Sign-in at {} refused: its client registration does not ask for the openid scope", registration);
            throw new OAuth2AuthenticationException(new OAuth2Error("casetrail_not_oidc",
                    "client registration " + registration + " does not ask for the openid scope", null));
        };
    }
}
