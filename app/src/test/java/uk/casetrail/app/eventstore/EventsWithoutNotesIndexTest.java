package uk.casetrail.app.eventstore;

import org.junit.jupiter.api.Test;
import uk.casetrail.events.recording.CaseNoteCorrected;
import uk.casetrail.events.recording.CaseNoteRecorded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The census reads children's histories through a partial index that leaves case notes out (V42); the
 * planner uses it only while its predicate names the stored types of the note events. A note event moved
 * or renamed would leave the index unused and every census read scanning every note again.
 */
class EventsWithoutNotesIndexTest {

    @Test
    void the_index_leaves_out_the_note_events_by_their_stored_type() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V42__events_without_notes.sql")) {
            assertThat(in).isNotNull();
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(migration).contains("'" + CaseNoteRecorded.class.getName() + "'")
                .contains("'" + CaseNoteCorrected.class.getName() + "'");
    }
}
