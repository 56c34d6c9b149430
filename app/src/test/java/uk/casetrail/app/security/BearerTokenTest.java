package uk.casetrail.app.security;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.bench.BenchTokens;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.FakeIdentityProvider;
import uk.casetrail.app.support.TestDatabase;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: bearer tokens from an identity provider, verified against its public key, their
 * claims mapped to user, role and team. Without the demo profile there are no demo users and no HTTP Basic,
 * and the pages sign in only at the identity provider (ProviderSignInTest follows that sign-in through).
 */
class BearerTokenTest {

    @TempDir
    static Path keys;

    private static RSAKey provider;
    private static FakeIdentityProvider pagesProvider;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        provider = new RSAKeyGenerator(2048).keyID("casetrail-test").generate();
        Path publicKey = keys.resolve("provider.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(provider.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        pagesProvider = FakeIdentityProvider.start();
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.url(), "--spring.datasource.username=postgres",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey));
        pagesProvider.registration("test-idp").forEach((name, value) -> args.add("--" + name + "=" + value));
        app = new SpringApplicationBuilder(CasetrailApplication.class).run(args.toArray(String[]::new));
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
        pagesProvider.close();
    }

    private static String token(RSAKey key, Map<String, Object> claims, Instant expires) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer("https://idp.example.test/realms/casetrail")
                .issueTime(new Date()).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        return BenchTokens.signed(key, set.build());
    }

    private static Api bearer(String token) {
        return Api.at(port).header("Authorization", "Bearer " + token);
    }

    private static final String CHILD = "{\"givenName\":\"Tok\",\"familyName\":\"En\",\"dateOfBirth\":\"2019-09-09\"}";

    @Test
    void a_token_from_the_provider_signs_in_as_the_practitioner_it_names() throws Exception {
        String alice = token(provider, Map.of("preferred_username", "alice", "casetrail_role", "SOCIAL_WORKER",
                "casetrail_team", "North"), Instant.now().plusSeconds(300));
        Api.Answer registered = bearer(alice).post("/api/children", CHILD);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        Api.Answer read;
        Instant deadline = Instant.now().plusSeconds(15);
        do {
            read = bearer(alice).get("/api/children/" + registered.text("childId"));
        } while (read.status() != 200 && Instant.now().isBefore(deadline));
        assertThat(read.status()).isEqualTo(200);

        String carol = token(provider, Map.of("preferred_username", "carol", "casetrail_role", "SOCIAL_WORKER",
                "casetrail_team", "South"), Instant.now().plusSeconds(300));
        assertThat(bearer(carol).get("/api/children/" + registered.text("childId")).status()).isEqualTo(403);
    }

    @Test
    void forged_expired_or_roleless_tokens_and_demo_passwords_are_refused() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("casetrail-test").generate();
        Map<String, Object> alice = Map.of("preferred_username", "alice", "casetrail_role", "SOCIAL_WORKER", "casetrail_team", "North");
        assertThat(bearer(token(forger, alice, Instant.now().plusSeconds(300))).post("/api/children", CHILD).status()).isEqualTo(401);
        assertThat(bearer(token(provider, alice, Instant.now().minusSeconds(300))).post("/api/children", CHILD).status()).isEqualTo(401);
        assertThat(bearer(token(provider, Map.of("preferred_username", "alice", "casetrail_role", "SUPERUSER"),
                Instant.now().plusSeconds(300))).post("/api/children", CHILD).status()).isEqualTo(401);
        assertThat(Api.at(port).post("/api/children", CHILD).status()).isEqualTo(401);
        assertThat(Api.at(port).as("alice").post("/api/children", CHILD).status()).isEqualTo(401);
        String inspector = token(provider, Map.of("preferred_username", "ivy", "casetrail_role", "INSPECTOR"), Instant.now().plusSeconds(300));
        assertThat(bearer(inspector).post("/api/children", CHILD).status()).isEqualTo(403);
    }

    @Test
    void the_pages_offer_only_the_identity_providers_sign_in_and_take_no_password() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.body()).contains("Sign in with Test Provider").doesNotContain("id=\"password\"");
        String csrf = signIn.body().replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        HttpResponse<String> password = browser.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=demo&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(password.statusCode()).isNotIn(200, 302);
        HttpResponse<String> caseload = browser.send(HttpRequest.newBuilder(URI.create(base + "/caseload")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(caseload.statusCode()).isEqualTo(302);
        assertThat(caseload.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
    }
}
