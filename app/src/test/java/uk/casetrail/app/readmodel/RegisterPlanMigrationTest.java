package uk.casetrail.app.readmodel;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node upgraded to V45 keeps its read models: the plans it projected before then get their latest
 * category, review and lead worker from the history it kept, so today's register (which reads those)
 * is right without a rebuild. Migrated in a schema of its own, from V44 with plans in it.
 */
@CasetrailIntegrationTest
class RegisterPlanMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void plans_projected_before_v45_carry_their_latest_category_review_and_lead_after_it() {
        String schema = "before_v45_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            migrate(schema, "44");
            UUID reviewedPlan = UUID.randomUUID();
            UUID reviewedCase = UUID.randomUUID();
            UUID newPlan = UUID.randomUUID();
            jdbc.update("INSERT INTO " + schema + ".protection_plan (plan_id, case_id, child_id, started_on) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
                    reviewedPlan, reviewedCase, UUID.randomUUID(), LocalDate.parse("2026-01-10"),
                    newPlan, UUID.randomUUID(), UUID.randomUUID(), LocalDate.parse("2026-04-01"));
            // The latest category is the latest by date, then by sequence: one recorded later but dated
            // earlier does not displace it.
            jdbc.update("INSERT INTO " + schema + ".protection_plan_category (plan_id, seq, effective_on, category) VALUES "
                            + "(?, 3, '2026-01-10', 'NEG'), (?, 7, '2026-03-01', 'PHY'), (?, 9, '2026-02-01', 'EMO'), (?, 1, '2026-04-01', 'SAB')",
                    reviewedPlan, reviewedPlan, reviewedPlan, newPlan);
            jdbc.update("INSERT INTO " + schema + ".protection_plan_review (plan_id, seq, reviewed_on) VALUES (?, 5, '2026-01-20'), (?, 7, '2026-03-01')",
                    reviewedPlan, reviewedPlan);
            jdbc.update("INSERT INTO " + schema + ".case_allocation (case_id, seq, effective_on, worker, team) VALUES "
                    + "(?, 2, '2025-12-01', 'first', 'North'), (?, 8, '2026-02-15', 'second', 'South')", reviewedCase, reviewedCase);

            migrate(schema, "45");

            Map<String, Object> reviewed = plan(jdbc, schema, reviewedPlan);
            assertThat(reviewed).containsEntry("category", "PHY").containsEntry("category_on", LocalDate.parse("2026-03-01"))
                    .containsEntry("category_seq", 7L).containsEntry("last_reviewed_on", LocalDate.parse("2026-03-01"))
                    .containsEntry("lead_worker", "second").containsEntry("lead_team", "South")
                    .containsEntry("lead_on", LocalDate.parse("2026-02-15")).containsEntry("lead_seq", 8L);
            Map<String, Object> started = plan(jdbc, schema, newPlan);
            assertThat(started).containsEntry("category", "SAB").containsEntry("category_on", LocalDate.parse("2026-04-01"))
                    .containsEntry("last_reviewed_on", null).containsEntry("lead_worker", null).containsEntry("lead_on", null);
        } finally {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private void migrate(String schema, String version) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").target(version)
                .load().migrate();
    }

    private static Map<String, Object> plan(JdbcTemplate jdbc, String schema, UUID plan) {
        Map<String, Object> row = new HashMap<>(jdbc.queryForMap("SELECT category, category_on, category_seq, last_reviewed_on,"
                + " lead_worker, lead_team, lead_on, lead_seq FROM " + schema + ".protection_plan WHERE plan_id = ?", plan));
        row.replaceAll((column, value) -> value instanceof Date date ? date.toLocalDate() : value);
        return row;
    }
}
