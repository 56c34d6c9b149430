package uk.casetrail.app.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator rebuilds the read models over HTTP and watches the progress. */
@CasetrailIntegrationTest
class RebuildTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    @Test
    void an_admin_rebuilds_every_projection_and_sees_its_progress() throws Exception {
        Api alice = Api.at(port).as("alice");
        String childId = alice.post("/api/children", "{\"givenName\":\"Reb\",\"familyName\":\"Uilt\",\"dateOfBirth\":\"2020-02-02\"}").text("childId");

        assertThat(alice.post("/api/admin/projections/rebuild", "").status()).isEqualTo(403);

        // Reads to replay into the access log: permitted (one child each, the usual read), refused (no basis).
        String caseId = alice.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\""
                + Instant.now().minus(Duration.ofDays(1)) + "\",\"referralSource\":\"3B\",\"summary\":\"Rebuilt\"}").text("caseId");
        for (int i = 0; i < 3; i++) {
            assertThat(alice.get("/api/cases/" + caseId + "?minVersion=0").status()).isEqualTo(200);
            assertThat(Api.at(port).as("carol").get("/api/children/" + childId).status()).isEqualTo(403);
        }
        long lastRead = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        // Every segment, not only the last read's: the reads before it may be projected by segments still behind.
        Projections.awaitCaughtUp(projections);
        List<Map<String, Object>> accessLog = accessLogUpTo(lastRead);

        Api root = Api.at(port).as("root");
        Api.Answer started = root.post("/api/admin/projections/rebuild", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("eventsTotal").asLong()).isPositive();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode progress = started.json();
        while (!progress.path("state").asText().equals("COMPLETE")) {
            assertThat(Instant.now()).as("rebuild finishes").isBefore(deadline);
            Thread.sleep(100);
            progress = root.get("/api/admin/projections/rebuild").json();
            assertThat(progress.path("eventsDone").asLong()).isLessThanOrEqualTo(progress.path("eventsTotal").asLong());
        }
        assertThat(progress.path("eventsDone").asLong()).isEqualTo(progress.path("eventsTotal").asLong());
        assertThat(progress.path("estimatedSecondsRemaining").asLong()).isZero();
        // What auditors search is rebuilt row for row, in batches of reads replayed together.
        assertThat(accessLogUpTo(lastRead)).isEqualTo(accessLog);

        Instant readDeadline = Instant.now().plus(Duration.ofSeconds(10));
        Api.Answer child;
        do {
            child = alice.get("/api/children/" + childId);
        } while (child.status() == 404 && Instant.now().isBefore(readDeadline));
        assertThat(child.status()).isEqualTo(200);
        assertThat(child.text("familyName")).isEqualTo("Uilt");
    }

    private List<Map<String, Object>> accessLogUpTo(long position) {
        return jdbc.sql("SELECT * FROM access_log WHERE global_index <= ? ORDER BY global_index, child_id")
                .param(position).query().listOfRows();
    }
}
