package uk.casetrail.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import uk.casetrail.app.bench.BenchTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A tiny OIDC provider on a loopback port, enough for the authorization code flow: discovery, an
 * authorization endpoint that signs in whoever the test names next (no login form), a token endpoint
 * answering an RS256 ID token, its key set, userinfo and an end-session endpoint.
 */
public final class FakeIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "casetrail-pages";
    public static final String CLIENT_SECRET = "pages-secret";

    /** Who signs in next: the claims of their ID token, and those only the userinfo answers. */
    public record Account(String subject, Map<String, Object> idTokenClaims, Map<String, Object> userInfoClaims) {
    }

    private record Grant(Account account, String nonce) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final RSAKey key;
    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> accessTokens = new ConcurrentHashMap<>();
    private final List<String> issuedIdTokens = new CopyOnWriteArrayList<>();
    private final List<String> endSessionHints = new CopyOnWriteArrayList<>();
    private volatile Account next;

    private FakeIdentityProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("fake-idp").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/logout", this::endSession);
        server.start();
    }

    public static FakeIdentityProvider start() {
        try {
            return new FakeIdentityProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The properties of a client registration with this provider, named as Spring Boot names them. */
    public Map<String, String> registration(String id) {
        String client = "spring.security.oauth2.client.registration." + id;
        return Map.of(client + ".client-id", CLIENT_ID, client + ".client-secret", CLIENT_SECRET,
                client + ".client-name", "Test Provider", client + ".scope", "openid,profile",
                "spring.security.oauth2.client.provider." + id + ".issuer-uri", issuer());
    }

    /** The next sign-in at the authorization endpoint is this account's. */
    public void signsInNext(Account account) {
        next = account;
    }

    public List<String> issuedIdTokens() {
        return issuedIdTokens;
    }

    /** The id_token_hint of every request to end a session. */
    public List<String> endSessionHints() {
        return endSessionHints;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/authorize");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("userinfo_endpoint", issuer + "/userinfo");
        metadata.put("end_session_endpoint", issuer + "/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "profile"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        send(exchange, 200, metadata);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Account account = next;
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type")) || account == null) {
            send(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(account, query.get("nonce")));
        redirect(exchange, query.get("redirect_uri") + "?code=" + encode(code) + "&state=" + encode(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))) {
            send(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant.account());
        String idToken = idToken(grant);
        issuedIdTokens.add(idToken);
        send(exchange, 200, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "scope", "openid profile", "id_token", idToken));
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(grant.account().subject())
                .audience(CLIENT_ID).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce());
        grant.account().idTokenClaims().forEach(claims::claim);
        return BenchTokens.signed(key, claims.build());
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Account account = accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (account == null) {
            send(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        Map<String, Object> claims = new HashMap<>(account.userInfoClaims());
        claims.put("sub", account.subject());
        send(exchange, 200, claims);
    }

    private void endSession(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        endSessionHints.add(query.getOrDefault("id_token_hint", ""));
        redirect(exchange, query.get("post_logout_redirect_uri"));
    }

    private static Map<String, String> form(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "", (a, b) -> a));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
