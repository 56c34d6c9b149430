package uk.casetrail.app.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.support.Api;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.query.access.AccessControlProcessor;
import uk.casetrail.query.chronology.ChronologyProcessor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that cannot handle an event stops at it and tries again: the child's chronology never
 * shows the events after it without it. Once the cause is mended, everything is projected, in order.
 * (Axon's default logs the error and moves on, which left the registration silently missing from the
 * chronology while the correction that followed it was shown.) Access control, projected inside the
 * writer's transaction, refuses the write instead. Its own node and database: the failing handlers must
 * not stall the shared test application's projections.
 */
class FailedProjectionTest {

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static Api alice;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(CasetrailApplication.class, Unprojectable.class, Unrecordable.class)
                .run("--server.port=0", "--casetrail.data-dir=" + dataDir);
        alice = Api.at(((WebServerApplicationContext) app).getWebServer().getPort()).as("alice");
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void an_event_a_projection_cannot_handle_holds_its_record_back_until_mended_and_nothing_is_skipped() {
        String childId = alice.post("/api/children",
                "{\"givenName\":\"Ula\",\"familyName\":\"" + Unprojectable.FAMILY_NAME + "\",\"dateOfBirth\":\"2017-07-07\"}").text("childId");
        assertThat(alice.post("/api/children/" + childId + "/corrections",
                "{\"field\":\"givenName\",\"value\":\"Ulla\",\"reason\":\"Spelling confirmed with the family\"}").status())
                .isBetween(200, 201);

        awaitTrue("the failed event tried again", () -> Unprojectable.attempts.get() >= 2);
        assertThat(chronologyEntries(jdbc, childId)).as("entries shown while the registration cannot be projected").isZero();

        Unprojectable.mended = true;
        awaitTrue("both entries projected once mended", () -> chronologyEntries(jdbc, childId) == 2);
        assertThat(jdbc.sql("SELECT summary FROM chronology_entry WHERE child_id = ? ORDER BY global_index")
                .param(UUID.fromString(childId)).query(String.class).list())
                .satisfiesExactly(first -> assertThat(first).startsWith("Child registered"),
                        second -> assertThat(second).startsWith("Correction of givenName"));
    }

    @Test
    void a_write_whose_access_control_cannot_be_projected_is_refused_and_nothing_is_stored() {
        Api.Answer refused = alice.post("/api/children",
                "{\"givenName\":\"Ros\",\"familyName\":\"" + Unrecordable.FAMILY_NAME + "\",\"dateOfBirth\":\"2016-06-06\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(500);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("IllegalStateException").doesNotContain("at uk.casetrail");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?")
                .param("%" + Unrecordable.FAMILY_NAME + "%").query(Long.class).single()).isZero();
    }

    private static long chronologyEntries(JdbcClient jdbc, String childId) {
        return jdbc.sql("SELECT count(*) FROM chronology_entry WHERE child_id = ?").param(UUID.fromString(childId))
                .query(Long.class).single();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what + " within 60 s").isTrue();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A handler in the chronology's processor that cannot handle one child's registration until mended. */
    @ProcessingGroup(ChronologyProcessor.NAME)
    static class Unprojectable {

        static final String FAMILY_NAME = "Unprojectable";
        static final AtomicInteger attempts = new AtomicInteger();
        static volatile boolean mended;

        @EventHandler
        void on(ChildRegistered registered) {
            if (!mended && FAMILY_NAME.equals(registered.familyName())) {
                attempts.incrementAndGet();
                throw new IllegalStateException("cannot project the registration of " + registered.childId());
            }
        }
    }

    /** A handler in the access-control projection, which runs in the writer's transaction, that fails on one name. */
    @ProcessingGroup(AccessControlProcessor.NAME)
    static class Unrecordable {

        static final String FAMILY_NAME = "Unrecordable";

        @EventHandler
        void on(ChildRegistered registered) {
            if (FAMILY_NAME.equals(registered.familyName())) {
                throw new IllegalStateException("cannot record access control for " + registered.childId());
            }
        }
    }
}
