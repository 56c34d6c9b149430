package uk.casetrail.app.reads;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.chronology.ChronologyProcessor;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.reads.CaseJourney.TODAY;

/**
 * The chronology is its own projection: a page that follows a write asks for the chronology with the
 * version the write answered, and gets it only once the chronology includes that write.
 */
@CasetrailIntegrationTest
class ChronologyReadsYourWritesTest {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_chronology_read_naming_a_write_to_a_case_waits_until_the_chronology_shows_it() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Wren", "Waiting", TODAY.minusDays(10)).allocate("alice", "North");
        StreamingEventProcessor chronology = pausedChronology();
        CompletableFuture<Api.Answer> read;
        try {
            journey.visit(TODAY, "Seen at home with a new bicycle");
            read = CompletableFuture.supplyAsync(() -> alice.get("/api/children/" + journey.childId
                    + "/chronology?record=" + journey.caseId + "&minVersion=" + journey.version));
            Thread.sleep(500);
            assertThat(read).as("the read waits while the chronology lacks the visit").isNotDone();
        } finally {
            chronology.start();
        }
        Api.Answer answer = read.get(10, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Casetrail-Stale")).isNull();
        assertThat(answer.body()).contains("Seen at home with a new bicycle");
    }

    @Test
    void a_chronology_that_cannot_catch_up_in_time_says_it_is_stale() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Wynn", "Lagging", TODAY.minusDays(10)).allocate("alice", "North");
        StreamingEventProcessor chronology = pausedChronology();
        try {
            journey.visit(TODAY, "Seen at school");
            Api.Answer answer = alice.get("/api/children/" + journey.childId + "/chronology?record=" + journey.caseId
                    + "&minVersion=" + journey.version);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Casetrail-Stale")).isEqualTo("true");
            assertThat(answer.body()).doesNotContain("Seen at school");
        } finally {
            chronology.start();
        }
    }

    @Test
    void a_chronology_read_naming_another_childs_record_does_not_wait_for_it() throws Exception {
        Api alice = Api.at(port).as("alice");
        CaseJourney mine = CaseJourney.referred(alice, "Wilf", "Watched", TODAY.minusDays(10)).allocate("alice", "North");
        CaseJourney other = CaseJourney.referred(alice, "Wanda", "Elsewhere", TODAY.minusDays(10)).allocate("alice", "North");
        StreamingEventProcessor chronology = pausedChronology();
        try {
            other.visit(TODAY, "Seen at the clinic");
            long began = System.nanoTime();
            Api.Answer answer = alice.get("/api/children/" + mine.childId + "/chronology?record=" + other.caseId
                    + "&minVersion=" + other.version);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Casetrail-Stale")).isEqualTo("true");
            // Answered at once, not after the wait a record of this child's would get (a few seconds, above).
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - began)).isLessThan(java.time.Duration.ofSeconds(2));
        } finally {
            chronology.start();
        }
    }

    /** The chronology's processor, stopped once it has caught up: what is written next stays out of it until started. */
    private StreamingEventProcessor pausedChronology() {
        Projections.awaitCaughtUp(projections);
        StreamingEventProcessor chronology = processing.eventProcessor(ChronologyProcessor.NAME, StreamingEventProcessor.class)
                .orElseThrow();
        chronology.shutDown();
        return chronology;
    }
}
