package uk.casetrail.ui.signin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The pages sign in at the identity provider (OIDC) or, where there are password users (the demo profile),
 * with a form, and keep a session, so every form carries a CSRF token (htmx sends it as a header). This
 * chain takes everything but the API and the actuator, which keep their own stateless chain. Which role
 * may do what is left to the API's rules: the pages call the API.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String SIGN_IN = "/signin";
    static final String SIGNED_OUT = SIGN_IN + "?signedOut";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pages(HttpSecurity http, SignInMethods signIn) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http
                .securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(path.matcher("/api/**"),
                        path.matcher("/actuator/**"))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher(SIGN_IN), path.matcher("/webjars/**"), path.matcher("/assets/**"),
                                path.matcher("/ui/**"), path.matcher("/error"), path.matcher("/favicon.ico")).permitAll()
                        .anyRequest().authenticated());
        // Without a provider the form stays even with nobody to sign in, so that the pages still send
        // everyone to the sign-in page, which says there is no way in.
        if (signIn.password() || !signIn.atProvider()) {
            http.formLogin(form -> form.loginPage(SIGN_IN).defaultSuccessUrl("/", false)
                    .failureUrl(SIGN_IN + "?failed"));
        }
        if (signIn.atProvider()) {
            http.oauth2Login(login -> login.loginPage(SIGN_IN)
                    .clientRegistrationRepository(signIn.registrations())
                    // The provider's tokens live and die with the session, on whichever node holds it.
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn.practitioners())
                            .userService(signIn.notOidc()))
                    .defaultSuccessUrl("/", false)
                    .failureHandler(providerRefusal()));
        }
        return http
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessHandler(signedOut(signIn))
                        .deleteCookies("JSESSIONID"))
                // A form posted after the session ended goes to sign-in (its draft is kept in the browser).
                .sessionManagement(session -> session.invalidSessionUrl(SIGN_IN + "?timedOut"))
                .build();
    }

    /** Someone the provider knows but who is not one of our practitioners is told so; any other failure is a failure. */
    private static AuthenticationFailureHandler providerRefusal() {
        AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler(SIGN_IN + "?refused");
        AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler(SIGN_IN + "?providerFailed");
        return (request, response, exception) -> (notAPractitioner(exception) ? refused : failed)
                .onAuthenticationFailure(request, response, exception);
    }

    private static boolean notAPractitioner(AuthenticationException exception) {
        return exception instanceof OAuth2AuthenticationException oauth
                && SignInMethods.NOT_A_PRACTITIONER.equals(oauth.getError().getErrorCode());
    }

    /**
     * Signing out ends the session here and, where the provider offers an end_session_endpoint, at the
     * provider too, which sends the browser back to the sign-in page.
     */
    private static LogoutSuccessHandler signedOut(SignInMethods signIn) {
        SimpleUrlLogoutSuccessHandler handler;
        if (signIn.atProvider()) {
            OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(signIn.registrations());
            atProvider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
            handler = atProvider;
        } else {
            handler = new SimpleUrlLogoutSuccessHandler();
        }
        handler.setDefaultTargetUrl(SIGNED_OUT);
        return handler;
    }
}
