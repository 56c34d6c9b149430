package uk.casetrail.ui.signin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The pages sign in with a form and keep a session, so every form carries a CSRF token (htmx sends
 * it as a header). This chain takes everything but the API and the actuator, which keep their own
 * stateless chain. Which role may do what is left to the API's rules: the pages call the API.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String SIGN_IN = "/signin";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(path.matcher("/api/**"),
                        path.matcher("/actuator/**"))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher(SIGN_IN), path.matcher("/webjars/**"), path.matcher("/assets/**"),
                                path.matcher("/ui/**"), path.matcher("/error"), path.matcher("/favicon.ico")).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).defaultSuccessUrl("/", false)
                        .failureUrl(SIGN_IN + "?failed"))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl(SIGN_IN + "?signedOut")
                        .deleteCookies("JSESSIONID"))
                // A form posted after the session ended goes to sign-in (its draft is kept in the browser).
                .sessionManagement(session -> session.invalidSessionUrl(SIGN_IN + "?timedOut"))
                .build();
    }
}
