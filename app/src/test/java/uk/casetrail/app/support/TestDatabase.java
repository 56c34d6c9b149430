package uk.casetrail.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL for the whole test run: the embedded binaries, or the server named by
 * CASETRAIL_TEST_DB_URL (with CASETRAIL_TEST_DB_USER and CASETRAIL_TEST_DB_PASSWORD). Tests reach
 * it the way production does, through spring.datasource.url.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;
    private static String user;
    private static String password;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ensureStarted();
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password
        ).applyTo(context.getEnvironment());
    }

    public static synchronized String url() {
        ensureStarted();
        return url;
    }

    private static synchronized void ensureStarted() {
        if (url != null) {
            return;
        }
        String external = System.getenv("CASETRAIL_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("CASETRAIL_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("CASETRAIL_TEST_DB_PASSWORD", "");
            return;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }
}
