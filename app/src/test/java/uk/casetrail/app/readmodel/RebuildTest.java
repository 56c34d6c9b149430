package uk.casetrail.app.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator rebuilds the read models over HTTP and watches the progress. */
@CasetrailIntegrationTest
class RebuildTest {

    @LocalServerPort
    int port;

    @Test
    void an_admin_rebuilds_every_projection_and_sees_its_progress() throws Exception {
        Api alice = Api.at(port).as("alice");
        String childId = alice.post("/api/children", "{\"givenName\":\"Reb\",\"familyName\":\"Uilt\",\"dateOfBirth\":\"2020-02-02\"}").text("childId");

        assertThat(alice.post("/api/admin/projections/rebuild", "").status()).isEqualTo(403);

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

        Instant readDeadline = Instant.now().plus(Duration.ofSeconds(10));
        Api.Answer child;
        do {
            child = alice.get("/api/children/" + childId);
        } while (child.status() == 404 && Instant.now().isBefore(readDeadline));
        assertThat(child.status()).isEqualTo(200);
        assertThat(child.text("familyName")).isEqualTo("Uilt");
    }
}
