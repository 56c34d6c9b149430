package uk.casetrail.app.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as an operator starts it: with no database URL it brings its own PostgreSQL, whose
 * data survives a restart, and the demo users; with a URL it uses that server and has no demo users.
 */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CasetrailApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void records_and_idempotent_answers_survive_a_restart_of_the_embedded_database() throws Exception {
        String dataDirArg = "--casetrail.data-dir=" + dataDir;
        String body = """
                {"givenName":"Remy","familyName":"Synthetic","dateOfBirth":"2017-09-09","sex":"M"}""";

        Api.Answer first;
        try (ConfigurableApplicationContext app = start("--server.port=0", dataDirArg)) {
            first = Api.at(port(app)).as("alice").header("Idempotency-Key", "register-remy-1").post("/api/children", body);
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext app = start("--server.port=0", dataDirArg)) {
            Api alice = Api.at(port(app)).as("alice");
            Api.Answer retry = alice.header("Idempotency-Key", "register-remy-1").post("/api/children", body);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

            // The child registered before the restart is still there: a contact can be recorded for it.
            Api.Answer contact = alice.post("/api/cases", "{\"childId\":\"" + first.text("childId")
                    + "\",\"contactReceivedAt\":\"2026-01-05T10:00:00Z\",\"referralSource\":\"1A\"}");
            assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
            Long registrations = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ChildRegistered'")
                    .query(Long.class).single();
            assertThat(registrations).isEqualTo(1);
        }
    }

    @Test
    void with_an_external_database_url_there_are_no_demo_users_unless_asked_for() {
        String url = "--spring.datasource.url=" + TestDatabase.url();
        try (ConfigurableApplicationContext app = start("--server.port=0", url, "--spring.datasource.username=postgres")) {
            assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            Api.Answer answer = Api.at(port(app)).as("alice").post("/api/children", "{}");
            assertThat(answer.status()).isEqualTo(401);
        }
    }
}
