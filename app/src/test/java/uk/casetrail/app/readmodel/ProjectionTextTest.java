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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Text a PostgreSQL column cannot hold (a NUL, which an event recorded before the write side refused
 * it may carry) is written with a replacement character, rather than failing the projection's batch
 * for every record after it; and a statement's named parameters are bound where its text names them.
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

    @Test
    void a_nul_in_projected_texts_given_as_an_array_is_stored_as_a_replacement_character_too() {
        UUID note = UUID.randomUUID();
        writes.sql("""
                        INSERT INTO case_note (note_id, case_id, recorded_at, occurred_on, kind, summary)
                        SELECT :note, :case, :at, :on, 'OTHER', s FROM unnest(:summaries::text[]) AS s""")
                .param("note", note).param("case", UUID.randomUUID()).param("at", Timestamp.from(Instant.now()))
                .param("on", Date.valueOf(LocalDate.now())).param("summaries", new String[]{"Seen\u0000 at school"})
                .update();

        assertThat(jdbc.queryForObject("SELECT summary FROM case_note WHERE note_id = ?", String.class, note))
                .isEqualTo("Seen\uFFFD at school");
        jdbc.update("DELETE FROM case_note WHERE note_id = ?", note);
    }

    @Test
    void a_name_used_twice_gets_its_value_in_both_places_and_a_misspelt_or_missing_one_is_refused_storing_nothing() {
        UUID note = UUID.randomUUID();
        String sql = """
                INSERT INTO case_note (note_id, case_id, recorded_at, occurred_on, kind, summary)
                VALUES (:note, :case, :at, :on::date, 'OTHER', 'on ' || :on)""";
        writes.sql(sql).param("note", note).param("case", UUID.randomUUID()).param("at", Timestamp.from(Instant.now()))
                .param("on", "2026-11-02").update();
        assertThat(jdbc.queryForList("SELECT occurred_on::text || ' ' || summary FROM case_note WHERE note_id = ?", String.class, note))
                .isEqualTo(List.of("2026-11-02 on 2026-11-02"));

        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> writes.sql(sql).param("note", other).param("caze", UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parameter :caze");
        assertThatThrownBy(() -> writes.sql(sql).param("note", other).param("case", UUID.randomUUID()).param("on", "2026-11-02").update())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value given for :at");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note WHERE note_id = ?", Long.class, other)).isZero();
        jdbc.update("DELETE FROM case_note WHERE note_id = ?", note);
    }
}
