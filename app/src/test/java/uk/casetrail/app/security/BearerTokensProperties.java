package uk.casetrail.app.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Authorization header gets the token, or the refusal, that Spring Security's own resolver gives it. */
class BearerTokensProperties {

    @Property(tries = 5_000)
    void a_header_resolves_as_spring_securitys_resolver_resolves_it(@ForAll("authorizations") String authorization) {
        assertThat(outcome(new BearerTokens(), authorization)).isEqualTo(outcome(new DefaultBearerTokenResolver(), authorization));
    }

    private static String outcome(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
                                  String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/caseload");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + " " + refused.getError().getDescription();
        }
    }

    @Provide
    Arbitrary<String> authorizations() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer  ", "Bearer", "Bearer\t",
                "Basic ", "Bearerx ", "B\u0117arer ", "", " Bearer ");
        Arbitrary<String> tokenCharacter = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of("a", "Z", "0", "9", "-", ".", "_", "~", "+", "/")),
                Tuple.of(2, Arbitraries.of("=", " ", "\t", "%", "\u00e9", "\u212a", "\u0130", ":", ",", "\n")),
                Tuple.of(1, Arbitraries.chars().map(String::valueOf)));
        Arbitrary<String> token = tokenCharacter.list().ofMaxSize(30).map(parts -> String.join("", parts));
        Arbitrary<String> padding = Arbitraries.of("", "=", "==", "=a", "= ", "\n");
        Arbitrary<String> header = net.jqwik.api.Combinators.combine(scheme, token, padding).as((s, t, p) -> s + t + p);
        return Arbitraries.frequencyOf(Tuple.of(30, header), Tuple.of(1, Arbitraries.just(null)));
    }
}
