package uk.casetrail.app.readmodel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.query.projecting.ProjectionWrites;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a PostgreSQL column cannot hold (a NUL, which an event recorded before the write side refused
 * it may carry) is written with a replacement character, rather than failing the projection's batch
 * for every record after it.
 */
@CasetrailIntegrationTest
class ProjectionTextTest {

    @Autowired
    ProjectionWrites writes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_nul_in_projected_text_is_stored_as_a_replacement_character() {
        UUID note = UUID.randomUUID();
        writes.sql("""
                        INSERT INTO case_note (note_id, case_id, recorded_at, occurred_on, kind, summary)
                        VALUES (:note, :case, :at, :on, 'OTHER', :summary)""")
                .param("note", note).param("case", UUID.randomUUID()).param("at", Timestamp.from(Instant.now()))
                .param("on", Date.valueOf(LocalDate.now())).param("summary", "Seen\u0000 at home")
                .update();

        assertThat(jdbc.queryForObject("SELECT summary FROM case_note WHERE note_id = ?", String.class, note))
                .isEqualTo("Seen\uFFFD at home");
        jdbc.update("DELETE FROM case_note WHERE note_id = ?", note);
    }
}
