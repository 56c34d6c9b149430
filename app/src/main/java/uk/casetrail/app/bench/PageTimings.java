package uk.casetrail.app.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the practitioners' main pages as a signed-in user's browser fetches them (form sign-in, a
 * session cookie), one page at a time, so that each figure is the server's time for that page.
 */
final class PageTimings {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient browser;

    private PageTimings(String base) {
        this.base = base;
        this.browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A browser signed in as a demo user, or null when the pages or the demo users are not there. */
    static PageTimings signedIn(String base, String user, String password) throws Exception {
        PageTimings timings = new PageTimings(base);
        HttpResponse<String> form = timings.fetch("/signin");
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            return null;
        }
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = timings.browser.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        return signedIn.statusCode() == 302 && !location.contains("error") ? timings : null;
    }

    /** Each page fetched in turn, unmeasured for the warm-up and then for the given time; its p50 and p95 in milliseconds. */
    Map<String, double[]> time(Map<String, List<String>> pages, Duration warmUp, Duration each) throws Exception {
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            List<String> paths = page.getValue();
            LoadRun.Operation show = (client, i) -> {
                HttpResponse<String> answer = fetch(paths.get((int) (i % paths.size())));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(page.getKey() + " answered " + answer.statusCode());
                }
            };
            LoadRun.warm(1, warmUp, show);
            Latencies latencies = LoadRun.run(1, each, show);
            figures.put(page.getKey(), new double[]{latencies.percentileMillis(50), latencies.percentileMillis(95)});
        }
        return figures;
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
