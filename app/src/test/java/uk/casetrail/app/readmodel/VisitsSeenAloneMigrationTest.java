package uk.casetrail.app.readmodel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V48 added whether each visit saw the child alone; visits projected before it had none. Its fill-in
 * reads each visit's event, so the rows it leaves are those a rebuild would make.
 */
@CasetrailIntegrationTest
class VisitsSeenAloneMigrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    @Test
    void visits_projected_before_v48_get_seen_alone_from_their_events() throws IOException {
        Api alice = Api.at(port).as("alice");
        String child = alice.post("/api/children", "{\"givenName\":\"Vic\",\"familyName\":\"Backfill\",\"dateOfBirth\":\"2017-07-07\"}")
                .text("childId");
        String at = TODAY.minusDays(20).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
        String caseId = alice.post("/api/cases", "{\"childId\":\"" + child + "\",\"contactReceivedAt\":\"" + at
                + "\",\"referralSource\":\"8\"}").text("caseId");
        alice.post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\"}");
        for (int day = 10; day >= 8; day--) {
            assertThat(alice.post("/api/cases/" + caseId + "/notes", "{\"kind\":\"VISIT\",\"occurredOn\":\"" + TODAY.minusDays(day)
                    + "\",\"summary\":\"Home visit\",\"childSeen\":true,\"seenAlone\":" + (day != 9) + "}").status()).isEqualTo(201);
        }
        Projections.awaitCaughtUp(projections);
        UUID id = UUID.fromString(caseId);
        List<Boolean> projected = seenAlone(id);
        assertThat(projected).containsExactly(true, false, true);

        // As a row projected before V48 stood: the column's default.
        jdbc.sql("UPDATE case_visit SET seen_alone = FALSE WHERE case_id = ?").param(id).update();
        jdbc.sql(fillIn()).update();

        assertThat(seenAlone(id)).isEqualTo(projected);
    }

    private List<Boolean> seenAlone(UUID caseId) {
        return jdbc.sql("SELECT seen_alone FROM case_visit WHERE case_id = ? ORDER BY seq").param(caseId).query(Boolean.class).list();
    }

    /** The migration's own fill-in statement, as Flyway ran it. */
    private static String fillIn() throws IOException {
        try (InputStream in = VisitsSeenAloneMigrationTest.class.getResourceAsStream("/db/migration/V48__visits_seen_alone.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("UPDATE case_visit"));
        }
    }
}
