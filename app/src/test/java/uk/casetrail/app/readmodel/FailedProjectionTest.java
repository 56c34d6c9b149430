package uk.casetrail.app.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.CasetrailApplication;
import uk.casetrail.app.support.Api;
import uk.casetrail.events.child.ChildRegistered;
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
 * chronology while the correction that followed it was shown.) Its own node and database: the failing
 * handler must not stall the shared test application's projections.
 */
class FailedProjectionTest {

    @TempDir
    static Path dataDir;

    @Test
    void an_event_a_projection_cannot_handle_holds_its_record_back_until_mended_and_nothing_is_skipped() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasetrailApplication.class, Unprojectable.class)
                .run("--server.port=0", "--casetrail.data-dir=" + dataDir)) {
            Api alice = Api.at(((WebServerApplicationContext) app).getWebServer().getPort()).as("alice");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
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
}
