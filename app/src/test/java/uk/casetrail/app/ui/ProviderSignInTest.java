package uk.casetrail.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;
import uk.casetrail.app.support.FakeIdentityProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages signed in at an identity provider (OIDC authorization code flow): a fake provider on a
 * loopback port signs in whoever the test names, and the browser's redirects are followed one by one.
 * The provider's registration makes this a context of its own, a second node on the shared database,
 * so it is closed when the class is done.
 */
@CasetrailIntegrationTest
@DirtiesContext
class ProviderSignInTest {

    private static final String REGISTRATION = "test-idp";
    private static final FakeIdentityProvider provider = FakeIdentityProvider.start();

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry registry) {
        provider.registration(REGISTRATION).forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Follows redirects from the page given, on both hosts, and answers every page on the way. */
    private static List<Pages.Page> follow(Pages browser, Pages.Page page) {
        List<Pages.Page> visited = new ArrayList<>(List.of(page));
        while (visited.get(visited.size() - 1).status() == 302) {
            assertThat(visited).as("redirects").hasSizeLessThan(10);
            visited.add(browser.get(visited.get(visited.size() - 1).location()));
        }
        return visited;
    }

    private static Pages.Page last(List<Pages.Page> pages) {
        return pages.get(pages.size() - 1);
    }

    /** Asks for the caseload, is sent to sign in, and signs in at the provider as whoever it signs in next. */
    private List<Pages.Page> signInAtProvider(Pages browser) {
        assertThat(browser.get("/caseload").location()).endsWith("/signin");
        Pages.Page signIn = browser.get("/signin");
        // The demo profile's users keep their form beside the provider's sign-in.
        assertThat(signIn.body()).contains("id=\"sign-in-with-" + REGISTRATION + "\"").contains("Sign in with Test Provider")
                .contains("id=\"password\"");
        return follow(browser, browser.get("/oauth2/authorization/" + REGISTRATION));
    }

    @Test
    void a_social_worker_named_by_the_provider_signs_in_works_as_themselves_and_signs_out_there_too() throws Exception {
        // The team is only in the userinfo, not in the ID token: looked up there.
        provider.signsInNext(new FakeIdentityProvider.Account("sub-oona",
                Map.of("preferred_username", "oona", "casetrail_role", "SOCIAL_WORKER"),
                Map.of("casetrail_team", "North")));
        Pages oona = new Pages(port);
        List<Pages.Page> signedIn = signInAtProvider(oona);
        assertThat(signedIn).extracting(Pages.Page::location).anyMatch(l -> l.startsWith(provider.issuer() + "/authorize?"));
        Pages.Page caseload = last(signedIn);
        assertThat(caseload.status()).isEqualTo(200);
        assertThat(caseload.body()).contains("My caseload")
                .contains("Signed in as <strong>oona</strong>").contains("SOCIAL_WORKER").contains(", North");

        // Her writes are hers: the actor of the event is the practitioner the provider named.
        Pages.Page registered = oona.submit("/children/new", List.of(entry("givenName", "Provider"),
                entry("familyName", "Signin"), entry("dateOfBirth", "2017-03-03")));
        assertThat(registered.status()).isEqualTo(302);
        String childId = registered.location().replaceAll(".*/children/([0-9a-f-]{36}).*", "$1");
        assertThat(oona.get(registered.location()).body()).contains("Provider Signin");
        JsonNode metadata = new ObjectMapper().readTree((String) new EventTable(jdbc).eventsOf(childId).get(0).get("metadata"));
        assertThat(metadata.path("user").asText()).isEqualTo("oona");
        assertThat(metadata.path("role").asText()).isEqualTo("SOCIAL_WORKER");
        assertThat(metadata.path("team").asText()).isEqualTo("North");

        // Signing out ends the session here and at the provider, which sends the browser back to sign-in.
        List<Pages.Page> signedOut = follow(oona, oona.post("/signout", List.of(entry("_csrf", Pages.token(caseload.body())))));
        assertThat(signedOut.get(0).location()).startsWith(provider.issuer() + "/logout?");
        assertThat(provider.endSessionHints()).contains(provider.issuedIdTokens().get(provider.issuedIdTokens().size() - 1));
        assertThat(last(signedOut).status()).isEqualTo(200);
        assertThat(last(signedOut).body()).contains("id=\"signed-out\"");
        assertThat(oona.get("/caseload").location()).endsWith("/signin");
    }

    @Test
    void someone_the_provider_knows_without_a_casetrail_role_is_refused_and_told_why() {
        provider.signsInNext(new FakeIdentityProvider.Account("sub-rex",
                Map.of("preferred_username", "rex"), Map.of("casetrail_team", "North")));
        Pages rex = new Pages(port);
        List<Pages.Page> refused = signInAtProvider(rex);
        assertThat(refused.get(refused.size() - 2).location()).endsWith("/signin?refused");
        assertThat(last(refused).status()).isEqualTo(200);
        assertThat(last(refused).body()).contains("id=\"refused\"").contains("does not name a Casetrail user")
                .doesNotContain("Signed in as");
        assertThat(rex.get("/caseload").location()).endsWith("/signin");
    }
}
