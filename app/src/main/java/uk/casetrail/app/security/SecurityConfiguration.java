package uk.casetrail.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import uk.casetrail.ui.signin.ProviderUsers;

import java.time.Clock;
import java.util.List;

/**
 * Who may call what. Writes need a practitioner role (closure a team manager); which records a
 * practitioner may read is decided by relationship, not by role, on the read side.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({DemoUsers.class, TokenClaims.class})
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Production signs in with bearer tokens from an identity provider (when
     * spring.security.oauth2.resourceserver.jwt is configured); HTTP Basic with the demo users exists
     * only in the demo profile.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ObjectProvider<JwtDecoder> tokens,
                            TokenClaims claims, Environment environment, Clock clock) throws Exception {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()));
        }
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems.unauthenticated())
                    .bearerTokenResolver(new BearerTokens())
                    .jwt(jwt -> jwt.decoder(new VerifiedTokens(decoder, clock))
                            .jwtAuthenticationConverter(new TokenAuthentication(claims))));
        }
        return http
                // The API authenticates every request itself (no session cookie), so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.denied()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/api/inspection-grants/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/children/*/restriction").hasAnyRole("TEAM_MANAGER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/closure").hasRole("TEAM_MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/returns/cin-census/imports").hasRole("ADMIN")
                        // Staff names for the allocation form: for those who allocate, not for partners or inspectors.
                        .requestMatchers(HttpMethod.GET, "/api/teams").hasAnyRole("SOCIAL_WORKER", "TEAM_MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole("SOCIAL_WORKER", "TEAM_MANAGER")
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Spring's strict firewall, its rule for header values checked by {@link HeaderValues} rather than
     * by a regular expression, and its refusals answered as problem+json rather than Spring Boot's error page.
     */
    @Bean
    WebSecurityCustomizer firewall(ProblemResponses problems) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return web -> web.httpFirewall(firewall).requestRejectedHandler(problems.rejected());
    }

    /** The chains' request matchers by path pattern, as Spring MVC matches paths, without asking Spring MVC. */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatterns() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    static OneHandlerLookup oneHandlerLookup() {
        return new OneHandlerLookup();
    }

    /**
     * No observation (a timer and a span) around each of the two dozen filters of every request: they
     * cost more processor time than some reads, and request timings are kept (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The pages' sign-in at the identity provider names practitioners by the same claims as a bearer token. */
    @Bean
    ProviderUsers providerPractitioners(TokenClaims claims) {
        return new ProviderPractitioners(claims);
    }

    @Bean
    @Profile("demo")
    Directory demoDirectory(DemoUsers demo) {
        // A low bcrypt cost: every API call signs in with HTTP Basic, and these are demo passwords.
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String encoded = "{bcrypt}" + bcrypt.encode(demo.password());
        log.info("Demo profile: {} demo users can sign in", demo.users().size());
        return new Directory(demo.users().stream()
                .map(u -> new Practitioner(u.username(), encoded, u.role(), u.team()))
                .toList());
    }

    @Bean
    @Profile("!demo")
    Directory noPasswordUsers() {
        log.info("No demo profile: users sign in at the identity provider only (bearer tokens, OIDC sign-in for the pages)");
        return new Directory(List.of());
    }
}
