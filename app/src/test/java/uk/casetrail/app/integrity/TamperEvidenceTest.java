package uk.casetrail.app.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casetrail.app.CasetrailApplication;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.Api;
import uk.casetrail.command.child.ChildDetails;
import uk.casetrail.command.child.RegisterChild;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.integrity.EventSealing;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The log refuses changes inside the database, and a superuser who gets round that (by disabling
 * the trigger) is caught by the hash chain at exactly the event altered or removed. Runs on its own
 * embedded database, since it tampers with it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperEvidenceTest {

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static Api auditor;
    private static Api alice;
    private static DataSource database;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(CasetrailApplication.class)
                .run("--server.port=0", "--casetrail.data-dir=" + dataDir,
                        // Stragglers must be found where positions were seen missing, not by the periodic sweep.
                        "--casetrail.integrity.straggler-sweep=1h");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        auditor = Api.at(port).as("aude");
        database = app.getBean(DataSource.class);
        alice = Api.at(port).as("alice");
        for (int i = 0; i < 3; i++) {
            String child = alice.post("/api/children", "{\"givenName\":\"Tam\",\"familyName\":\"Per" + i
                    + "\",\"dateOfBirth\":\"2018-03-03\"}").text("childId");
            alice.post("/api/cases", "{\"childId\":\"" + child + "\",\"contactReceivedAt\":\"2026-01-05T10:00:00Z\",\"referralSource\":\"8\"}");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode integrity() {
        Api.Answer answer = auditor.get("/api/audit/integrity");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    @Order(0)
    void an_event_committed_after_later_events_were_sealed_is_sealed_on_the_next_run_and_the_log_verifies() throws Exception {
        EventSealing sealing = app.getBean(EventSealing.class);
        sealing.sealNewEvents();
        CommandGateway commands = app.getBean(CommandGateway.class);
        ChildId late = new ChildId(UUID.randomUUID());
        long straggler = new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(status -> {
            // The command joins this transaction: its event has a position but is not committed yet.
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterChild(late, LaChildId.derivedFrom(late.value()),
                    new ChildDetails("Strag", "Gler", LocalDate.of(2018, 3, 3), null, Sex.FEMALE, null, null, null, null,
                            null, null, List.of()))).andMetaData(Map.of("user", "alice", "role", "SOCIAL_WORKER", "team", "North")));
            long position = positionOf(late.value().toString());
            String later = CompletableFuture.supplyAsync(() -> alice.post("/api/children",
                    "{\"givenName\":\"Not\",\"familyName\":\"Late\",\"dateOfBirth\":\"2018-03-03\"}").text("childId")).join();
            // Sealing runs in its own transaction, as the scheduled sealing does (here it would join this one).
            CompletableFuture.runAsync(sealing::sealNewEvents).join();
            // The later event, committed, is sealed; the first, not yet committed, is not.
            assertThat(sealed(positionOf(later))).isTrue();
            assertThat(sealed(position)).isFalse();
            return position;
        });

        // Found where a position was missing, not by the sweep of the last 100,000 (off in this test).
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!sealed(straggler) && System.nanoTime() < deadline) {
            sealing.sealNewEvents();
            Thread.sleep(50);
        }
        assertThat(sealed(straggler)).isTrue();
        assertThat(integrity().path("verified").asBoolean()).isTrue();
    }

    private static long positionOf(String aggregate) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregate);
    }

    private static boolean sealed(long position) {
        return app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM event_seal WHERE global_index = ?",
                Long.class, position) == 1;
    }

    @Test
    @Order(1)
    void an_untouched_log_verifies_and_the_application_cannot_change_it() throws SQLException {
        JsonNode clean = integrity();
        assertThat(clean.path("verified").asBoolean()).isTrue();
        assertThat(clean.path("eventsChecked").asLong()).isEqualTo(count());
        assertThat(clean.path("headHash").asText()).hasSize(64);
        assertThat(clean.path("firstBrokenPosition").isNull()).isTrue();

        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE domain_event_entry SET payload = payload WHERE global_index = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM domain_event_entry WHERE global_index = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE domain_event_entry CASCADE"))
                    .hasMessageContaining("append-only");
        }
        assertThat(integrity().path("verified").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void an_altered_payload_is_caught_at_its_position_and_a_deleted_event_where_it_was() throws SQLException {
        assertThat(integrity().path("verified").asBoolean()).isTrue();
        try (Connection c = database.getConnection()) {
            asSuperuserWithoutTriggers(c);
            long altered = indexOfEvent(c, 2);
            byte[] original = payload(c, altered);
            update(c, "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Per1', 'Pxr1'), 'UTF8') WHERE global_index = ?", altered);
            JsonNode afterAlteration = integrity();
            assertThat(afterAlteration.path("verified").asBoolean()).isFalse();
            assertThat(afterAlteration.path("firstBrokenPosition").asLong()).isEqualTo(altered);

            try (PreparedStatement restore = c.prepareStatement("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")) {
                restore.setBytes(1, original);
                restore.setLong(2, altered);
                restore.executeUpdate();
            }
            assertThat(integrity().path("verified").asBoolean()).isTrue();

            long deleted = indexOfEvent(c, 3);
            update(c, "DELETE FROM domain_event_entry WHERE global_index = ?", deleted);
            JsonNode afterDeletion = integrity();
            assertThat(afterDeletion.path("verified").asBoolean()).isFalse();
            assertThat(afterDeletion.path("firstBrokenPosition").asLong()).isEqualTo(deleted);
        }
    }

    private static void asSuperuserWithoutTriggers(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
        }
    }

    private static long indexOfEvent(Connection c, int nth) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT global_index FROM domain_event_entry WHERE payload_type LIKE '%ChildRegistered' ORDER BY global_index")) {
            long index = -1;
            for (int i = 0; i < nth && rs.next(); i++) {
                index = rs.getLong(1);
            }
            return index;
        }
    }

    private static byte[] payload(Connection c, long index) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT payload FROM domain_event_entry WHERE global_index = ?")) {
            s.setLong(1, index);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static void update(Connection c, String sql, long index) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, index);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static long count() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
