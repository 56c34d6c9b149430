package uk.casetrail.app.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.TestDatabase;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dump of the record restored into a fresh database: the log (events and their seals) is all that
 * must be kept; the restored node verifies the hash chain and rebuilds every read model from it.
 * The dump is PostgreSQL's COPY of the log tables (what pg_dump writes for them), taken here with the
 * driver because this machine's pg_dump is older than the embedded server; production uses pg_dump
 * and point-in-time recovery (README).
 */
class BackupRestoreTest {

    private static final List<String> LOG_TABLES = List.of("domain_event_entry", "event_seal", "idempotent_request");

    @TempDir
    Path dump;

    private static String database(String name) throws Exception {
        String base = TestDatabase.url();
        try (Connection admin = DriverManager.getConnection(base, "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        return base.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    private static ConfigurableApplicationContext node(String url) {
        return new SpringApplicationBuilder(CasetrailApplication.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void a_dump_restored_into_a_fresh_database_verifies_and_rebuilds_every_read_model() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String original = database("backup_" + suffix);
        String childId;
        String caseId;
        String headHash;
        try (ConfigurableApplicationContext node = node(original)) {
            Api alice = Api.at(port(node)).as("alice");
            childId = alice.post("/api/children", "{\"givenName\":\"Back\",\"familyName\":\"Up\",\"dateOfBirth\":\"2015-05-05\"}").text("childId");
            caseId = alice.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"2026-01-05T10:00:00Z\",\"referralSource\":\"1A\"}").text("caseId");
            alice.post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"2026-01-05T12:00:00Z\"}");
            var integrity = Api.at(port(node)).as("aude").get("/api/audit/integrity").json();
            assertThat(integrity.path("verified").asBoolean()).isTrue();
            headHash = integrity.path("headHash").asText();
        }
        try (Connection source = DriverManager.getConnection(original, "postgres", "")) {
            for (String table : LOG_TABLES) {
                try (OutputStream out = Files.newOutputStream(dump.resolve(table + ".copy"))) {
                    source.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                }
            }
        }

        String restored = database("restored_" + suffix);
        // The fresh database gets its schema from the application's own migrations, then the log.
        node(restored).close();
        try (Connection target = DriverManager.getConnection(restored, "postgres", "")) {
            for (String table : LOG_TABLES) {
                try (InputStream in = Files.newInputStream(dump.resolve(table + ".copy"))) {
                    target.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
                }
            }
            target.createStatement().execute(
                    "SELECT setval('domain_event_entry_global_index_seq', (SELECT max(global_index) FROM domain_event_entry))");
            target.createStatement().execute("TRUNCATE token_entry, node_heartbeat");
        }

        try (ConfigurableApplicationContext node = node(restored)) {
            Api aude = Api.at(port(node)).as("aude");
            var integrity = aude.get("/api/audit/integrity").json();
            assertThat(integrity.path("verified").asBoolean()).as(integrity.toString()).isTrue();
            assertThat(integrity.path("eventsChecked").asLong()).isEqualTo(3);
            assertThat(integrity.path("headHash").asText()).isEqualTo(headHash);

            Api root = Api.at(port(node)).as("root");
            assertThat(root.post("/api/admin/projections/rebuild", "").status()).isEqualTo(202);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!root.get("/api/admin/projections/rebuild").text("state").equals("COMPLETE")) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(200);
            }
            Api.Answer view;
            do {
                view = Api.at(port(node)).as("alice").get("/api/cases/" + caseId);
            } while (view.status() != 200 && Instant.now().isBefore(deadline));
            assertThat(view.text("status")).isEqualTo("REFERRAL");
            assertThat(Api.at(port(node)).as("alice").get("/api/children/" + childId).text("familyName")).isEqualTo("Up");
            // The restored node goes on writing after the restored log.
            assertThat(Api.at(port(node)).as("alice").post("/api/cases/" + caseId + "/allocation",
                    "{\"worker\":\"alice\",\"team\":\"North\"}").status()).isEqualTo(200);
        }
    }
}
