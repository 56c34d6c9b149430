package uk.casetrail.query.caseview;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.query.reading.Ids;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Loads case files from the read model tables: one query per table, whatever the number of cases. */
@Component
public class CaseFiles {

    private static final String ROW_COLUMNS = """
            SELECT v.case_id, v.child_id, s.given_name || ' ' || s.family_name AS child_name, s.la_child_id,
                   s.date_of_birth AS child_date_of_birth, v.receiving_team,
                   v.allocated_worker, v.allocated_team, v.contact_received_at, v.decision_due_on, v.decided_on,
                   v.referral_date, v.primary_need, v.icpc_due_on, v.open_enquiries, v.open_cin_plan, v.closed_on,
                   v.closure_reason, v.version
            FROM case_view v LEFT JOIN child_summary s ON s.child_id = v.child_id
            """;

    private final JdbcClient jdbc;

    CaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of the case the view reflects, or -1 when the view does not know the case yet. */
    public long versionOf(UUID caseId) {
        return jdbc.sql("SELECT version FROM case_view WHERE case_id = ?").param(caseId)
                .query(Long.class).optional().orElse(-1L);
    }

    /** Each child's cases that the view knows, by child (a case's child never changes). */
    public Map<UUID, List<UUID>> caseIdsOf(Collection<UUID> children) {
        Map<UUID, List<UUID>> cases = new LinkedHashMap<>();
        children.forEach(child -> cases.put(child, new ArrayList<>()));
        jdbc.sql("SELECT child_id, case_id FROM case_view WHERE child_id = ANY(:children) ORDER BY child_id, case_id")
                .param("children", children.toArray(UUID[]::new))
                .query(rs -> {
                    cases.get(rs.getObject("child_id", UUID.class)).add(rs.getObject("case_id", UUID.class));
                });
        return cases;
    }

    public List<CaseFile> byIds(List<UUID> caseIds) {
        Ids ids = Ids.of(caseIds);
        return load("WHERE " + ids.matchedBy("v.case_id") + " ORDER BY v.case_id", Map.of("ids", ids.param()));
    }

    /**
     * Cases matching a condition on case_view (alias v), in the order the condition gives.
     * The condition is written by callers in this module, never taken from input.
     */
    public List<CaseFile> load(String condition, Map<String, Object> params) {
        List<CaseFile.Row> rows = jdbc.sql(ROW_COLUMNS + condition).params(params).query(CaseFiles::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Ids ids = Ids.of(rows.stream().map(CaseFile.Row::caseId).toList());
        Map<UUID, List<CaseFile.Assessment>> assessments = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT case_id, assessment_id, started_on, due_on, child_seen_on, completed_on, outcome
                        FROM case_assessment WHERE %s ORDER BY started_on, assessment_id""".formatted(ids.matchedBy("case_id")))
                .param("ids", ids.param())
                .query((rs, n) -> {
                    assessments.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                            .add(new CaseFile.Assessment(rs.getObject("assessment_id", UUID.class),
                                    date(rs, "started_on"), date(rs, "due_on"), date(rs, "child_seen_on"),
                                    date(rs, "completed_on"), rs.getString("outcome")));
                    return null;
                }).list();
        Map<UUID, CaseFile.ActivePlan> plans = jdbc.sql("""
                        SELECT p.case_id, p.plan_id, p.started_on, p.category, p.last_reviewed_on AS last_review_on,
                               v.last_visit_on, v.last_seen_alone_on,
                               (SELECT min(n.occurred_on) FROM case_note n WHERE n.case_id = p.case_id
                                AND n.kind = 'CORE_GROUP_MEETING' AND n.occurred_on >= p.started_on) AS first_core_group_on
                        FROM protection_plan p
                        CROSS JOIN LATERAL (SELECT max(visited_on) AS last_visit_on,
                                                   max(visited_on) FILTER (WHERE seen_alone) AS last_seen_alone_on
                                            FROM case_visit WHERE case_id = p.case_id AND visited_on >= p.started_on) v
                        WHERE %s AND p.ended_on IS NULL""".formatted(ids.matchedBy("p.case_id")))
                .param("ids", ids.param())
                .query((rs, n) -> Map.entry(rs.getObject("case_id", UUID.class),
                        new CaseFile.ActivePlan(rs.getObject("plan_id", UUID.class), date(rs, "started_on"),
                                rs.getString("category"), date(rs, "last_review_on"), date(rs, "last_visit_on"),
                                date(rs, "last_seen_alone_on"), date(rs, "first_core_group_on"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        return rows.stream().map(row -> new CaseFile(row, List.copyOf(assessments.getOrDefault(row.caseId(), List.of())),
                plans.get(row.caseId()))).toList();
    }

    private static CaseFile.Row row(ResultSet rs, int n) throws SQLException {
        return new CaseFile.Row(rs.getObject("case_id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("child_name"), rs.getString("la_child_id"), date(rs, "child_date_of_birth"),
                rs.getString("receiving_team"), rs.getString("allocated_worker"),
                rs.getString("allocated_team"), rs.getTimestamp("contact_received_at").toInstant(),
                date(rs, "decision_due_on"), date(rs, "decided_on"), date(rs, "referral_date"),
                rs.getString("primary_need"), date(rs, "icpc_due_on"), rs.getInt("open_enquiries"),
                rs.getObject("open_cin_plan", UUID.class), date(rs, "closed_on"), rs.getString("closure_reason"),
                rs.getLong("version"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
