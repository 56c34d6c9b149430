package uk.casetrail.app.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: a session cookie, forms posted with the CSRF token of the page they came from. */
final class Pages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ENTRY_ID = Pattern.compile("type=\"hidden\" name=\"(\\w+Id)\" value=\"([^\"]+)\"");
    private static final Pattern IDEMPOTENCY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    record Page(int status, String body, String location) {
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    Pages(int port) {
        this.base = "http://localhost:" + port;
    }

    Pages signIn(String user) {
        Page form = get("/signin");
        Page signedIn = post("/signin", List.of(Map.entry("username", user), Map.entry("password", "demo"),
                Map.entry("_csrf", token(form.body()))));
        if (signedIn.status() != 302 || signedIn.location().contains("failed")) {
            throw new AssertionError(user + " could not sign in: " + signedIn);
        }
        return this;
    }

    /** A path, or an absolute address such as a redirect's Location. */
    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
    }

    /** Opens the form page, then posts it with its CSRF token, idempotency key and entry id, and the values given. */
    Page submit(String formPath, List<Map.Entry<String, String>> values) {
        Page form = get(formPath);
        List<Map.Entry<String, String>> all = new ArrayList<>(values);
        all.add(Map.entry("_csrf", token(form.body())));
        Matcher entry = ENTRY_ID.matcher(form.body());
        while (entry.find()) {
            all.add(Map.entry(entry.group(1), entry.group(2)));
        }
        Matcher key = IDEMPOTENCY.matcher(form.body());
        if (key.find()) {
            all.add(Map.entry("idempotencyKey", key.group(1)));
        }
        return post(formPath.split("\\?")[0], all);
    }

    Page post(String path, List<Map.Entry<String, String>> values) {
        String body = values.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
