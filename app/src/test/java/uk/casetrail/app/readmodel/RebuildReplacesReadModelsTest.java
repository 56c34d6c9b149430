package uk.casetrail.app.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.rebuild.RebuildProgress;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild builds copies of the read models and puts them in place of the ones in use: the tables it
 * leaves must be the migrations' tables (later migrations name their indexes and constraints), and a
 * rebuild that cannot put its copies in place must leave the read models, and their processors, as
 * they were.
 */
@CasetrailIntegrationTest
class RebuildReplacesReadModelsTest {

    private static final String READ_MODELS = "('case_view', 'case_assessment', 'case_allocation', 'case_visit', 'case_involvement',"
            + " 'case_enquiry', 'case_note', 'child_summary', 'protection_plan', 'protection_plan_category', 'protection_plan_review',"
            + " 'chronology_entry', 'chronology_case', 'access_log')";

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void the_rebuilt_read_models_keep_the_migrations_names_keys_indexes_and_storage_settings() throws Exception {
        Api.at(port).as("alice").post("/api/children", "{\"givenName\":\"Cat\",\"familyName\":\"Alogue\",\"dateOfBirth\":\"2019-03-03\"}");
        Projections.awaitCaughtUp(projections);
        List<Map<String, Object>> before = catalogue();
        assertThat(before).as("the read models' catalogue").hasSizeGreaterThan(50);

        assertThat(rebuilt().state()).isEqualTo("COMPLETE");

        assertThat(catalogue()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname = 'casetrail_rebuild'", Integer.class))
                .as("the rebuild's schema, once its tables are in place").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename = 'child_summary'",
                Integer.class)).as("the planner's statistics of the rebuilt tables").isPositive();
    }

    @Test
    void a_rebuild_that_cannot_replace_the_read_models_leaves_them_and_their_processors_as_they_were() throws Exception {
        Api alice = Api.at(port).as("alice");
        String childId = alice.post("/api/children", "{\"givenName\":\"Held\",\"familyName\":\"Back\",\"dateOfBirth\":\"2018-04-04\"}")
                .text("childId");
        Projections.awaitCaughtUp(projections);
        List<Map<String, Object>> tokens = tokens();
        long children = count("child_summary");

        RebuildProgress ended;
        // A long report holding the case view: the copies cannot take its place within three waits.
        try (Connection report = dataSource.getConnection(); Statement reading = report.createStatement()) {
            report.setAutoCommit(false);
            reading.execute("SELECT count(*) FROM case_view");
            ended = rebuilt();
            report.rollback();
        }

        assertThat(ended.state()).isEqualTo("FAILED");
        assertThat(projections.progress().state()).as("the progress an operator reads").isEqualTo("FAILED");
        assertThat(tokens()).as("the processors' tokens, released").isEqualTo(tokens);
        assertThat(count("child_summary")).isEqualTo(children);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname = 'casetrail_rebuild'", Integer.class))
                .as("the copies, dropped").isZero();
        for (String processor : ProjectionRebuild.PROCESSORS) {
            assertThat(processing.eventProcessor(processor).orElseThrow().isRunning()).as(processor + " runs again").isTrue();
        }
        assertThat(alice.get("/api/children/" + childId).text("familyName")).isEqualTo("Back");
        String later = alice.post("/api/children", "{\"givenName\":\"After\",\"familyName\":\"Wards\",\"dateOfBirth\":\"2018-05-05\"}")
                .text("childId");
        Projections.awaitCaughtUp(projections);
        assertThat(alice.get("/api/children/" + later).text("familyName")).as("recorded after the failed rebuild").isEqualTo("Wards");
    }

    @Test
    void a_rebuild_finds_the_rows_it_updates_by_their_indexes_rather_than_by_reading_whole_tables() throws Exception {
        Api alice = Api.at(port).as("alice");
        String childId = alice.post("/api/children", "{\"givenName\":\"Index\",\"familyName\":\"Lookup\",\"dateOfBirth\":\"2017-05-05\"}")
                .text("childId");
        String at = Instant.now().minus(Duration.ofDays(3)).toString();
        String caseId = alice.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"" + at
                + "\",\"referralSource\":\"3B\"}").text("caseId");
        String recorded = "/api/cases/" + caseId;
        assertThat(alice.post(recorded + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at
                + "\",\"primaryNeed\":\"N1\"}").status()).isEqualTo(200);
        assertThat(alice.post(recorded + "/allocation", "{\"worker\":\"alice\",\"team\":\"North\"}").status()).isEqualTo(200);
        String noteId = alice.post(recorded + "/notes", "{\"kind\":\"OTHER\",\"occurredOn\":\"" + at.substring(0, 10)
                + "\",\"summary\":\"Called school\"}").text("id");
        assertThat(alice.post(recorded + "/notes/" + noteId + "/corrections", "{\"summary\":\"Called nursery\",\"reason\":\"Wrong setting\"}")
                .status()).isIn(200, 201);
        Projections.awaitCaughtUp(projections);

        assertThat(rebuilt().state()).isEqualTo("COMPLETE");

        // The allocation updates its case's plan (if any), the correction finds its note's entry. Without
        // the indexes each read its table whole, and a rebuild's time grew with the square of the log.
        // The replay's connections report their use of the indexes once idle, within seconds.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (indexScans("protection_plan_case") == 0 || indexScans("chronology_entry_note") == 0) {
            assertThat(Instant.now()).as("both indexes used by the rebuild's replay").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private long indexScans(String index) {
        return jdbc.queryForObject("SELECT idx_scan FROM pg_stat_user_indexes WHERE schemaname = 'public' AND indexrelname = ?",
                Long.class, index);
    }

    private RebuildProgress rebuilt() throws InterruptedException {
        projections.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        RebuildProgress progress = projections.progress();
        while (progress.state().equals("RUNNING")) {
            assertThat(Instant.now()).as("the rebuild ends").isBefore(deadline);
            Thread.sleep(50);
            progress = projections.progress();
        }
        return progress;
    }

    private List<Map<String, Object>> catalogue() {
        return jdbc.queryForList("""
                SELECT 'column' AS kind, table_name::text AS owner, column_name::text AS name,
                       concat_ws(' ', data_type, is_nullable, column_default) AS definition
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN %1$s
                UNION ALL
                SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN %1$s
                UNION ALL
                SELECT 'constraint', c.relname, k.conname, pg_get_constraintdef(k.oid)
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relname IN %1$s
                UNION ALL
                SELECT 'options', c.relname, '', coalesce(array_to_string(c.reloptions, ','), '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname IN %1$s
                ORDER BY 1, 2, 3""".formatted(READ_MODELS));
    }

    private List<Map<String, Object>> tokens() {
        return jdbc.queryForList("SELECT processor_name, segment, convert_from(token, 'UTF8') AS token FROM token_entry ORDER BY 1, 2");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
