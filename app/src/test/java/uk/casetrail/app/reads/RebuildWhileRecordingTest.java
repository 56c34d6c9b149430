package uk.casetrail.app.reads;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.command.casework.RecordCaseNote;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.rebuild.RebuildRefused;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casetrail.app.reads.CaseJourney.TODAY;

/**
 * A rebuild replays the log up to where it stood when it began, then hands over to the processors:
 * what is recorded meanwhile must be in the read models once it completes, not lost in the handover;
 * and while it runs, practitioners work from the read models as they stood, not from half-built ones.
 */
@CasetrailIntegrationTest
class RebuildWhileRecordingTest {

    private static final int NOTES_BEFORE = 4_500;

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void notes_recorded_while_the_read_models_are_rebuilt_are_in_them_when_it_completes() throws Exception {
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Rory", "Rebuilt", TODAY.minusDays(10))
                .allocate("alice", "North");
        UUID caseId = UUID.fromString(journey.caseId);
        // More events than one batch of the replay, so that it commits several times.
        for (int i = 0; i < NOTES_BEFORE; i++) {
            note(caseId, "before " + i);
        }
        Projections.awaitCaughtUp(projections);

        projections.start();
        assertThatThrownBy(projections::start).isInstanceOf(RebuildRefused.class);
        int during = 0;
        Api alice = Api.at(port).as("alice");
        while (!"COMPLETE".equals(projections.progress().state())) {
            // The read models in use stay whole while their copies are rebuilt: the case, and its worker's access to it.
            assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note WHERE case_id = ?", Integer.class, caseId))
                    .as("notes in the case view during the rebuild").isGreaterThanOrEqualTo(NOTES_BEFORE);
            assertThat(alice.get("/api/cases/" + caseId).status()).as("the allocated worker reads the case").isEqualTo(200);
            note(caseId, "during " + during++);
        }
        for (String processor : ProjectionRebuild.PROCESSORS) {
            assertThat(processing.eventProcessor(processor).orElseThrow().isRunning()).as(processor + " runs again").isTrue();
        }
        for (int i = 0; i < 20; i++) {
            note(caseId, "after " + i);
        }
        Projections.awaitCaughtUp(projections);

        int notes = NOTES_BEFORE + during + 20;
        assertThat(during).as("notes recorded while the rebuild ran").isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note WHERE case_id = ?", Integer.class, caseId))
                .isEqualTo(notes);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chronology_entry WHERE case_id = ? AND note_id IS NOT NULL",
                Integer.class, caseId)).isEqualTo(notes);
        assertThat(jdbc.queryForObject("SELECT version FROM case_view WHERE case_id = ?", Long.class, caseId))
                .isEqualTo(jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class, caseId.toString()));
        assertThat(Api.at(port).as("alice").get("/api/cases/" + caseId).status()).isEqualTo(200);
    }

    private void note(UUID caseId, String summary) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordCaseNote(CaseId.of(caseId.toString()),
                        NoteId.random(), NoteKind.OTHER, TODAY, summary, false, null, false, false, null, null, null))
                .andMetaData(Map.of("user", "alice", "role", "SOCIAL_WORKER", "team", "North")));
    }
}
