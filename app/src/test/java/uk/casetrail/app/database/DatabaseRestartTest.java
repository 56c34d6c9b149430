package uk.casetrail.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.support.Api;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running node and comes back: meanwhile health is DOWN and writes are
 * refused with 503 (never a 500, never half a write); afterwards the node recovers by itself and
 * everything acknowledged is still there.
 */
class DatabaseRestartTest {

    @TempDir
    Path dataDir;

    private EmbeddedPostgres postgres(int port) throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    }

    @Test
    void a_database_restart_refuses_writes_with_503_and_the_node_recovers_by_itself() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres database = postgres(port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasetrailApplication.class).run("--server.port=0",
                "--spring.profiles.active=demo", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=2000")) {
            Api alice = Api.at(((WebServerApplicationContext) app).getWebServer().getPort()).as("alice");
            String body = "{\"givenName\":\"Res\",\"familyName\":\"Tart\",\"dateOfBirth\":\"2018-02-02\"}";
            Api.Answer before = alice.post("/api/children", body);
            assertThat(before.status()).isEqualTo(201);

            database.close();
            Api.Answer health = alice.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.text("status")).isEqualTo("DOWN");
            Api.Answer refused = alice.post("/api/children", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(alice.get("/api/children/" + before.text("childId")).status()).isEqualTo(503);

            database = postgres(port);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            Api.Answer after;
            do {
                Thread.sleep(500);
                after = alice.post("/api/children", body);
            } while (after.status() != 201 && Instant.now().isBefore(deadline));
            assertThat(after.status()).as(after.toString()).isEqualTo(201);
            assertThat(alice.get("/actuator/health").text("status")).isEqualTo("UP");

            Api.Answer acknowledged;
            do {
                Thread.sleep(200);
                acknowledged = alice.get("/api/children/" + before.text("childId"));
            } while (acknowledged.status() != 200 && Instant.now().isBefore(deadline));
            assertThat(acknowledged.text("familyName")).isEqualTo("Tart");
        } finally {
            database.close();
        }
    }
}
