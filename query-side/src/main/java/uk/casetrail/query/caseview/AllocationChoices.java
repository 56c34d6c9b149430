package uk.casetrail.query.caseview;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/teams: the teams that hold or have received cases, each with the workers its cases are allocated
 * to, for the allocation form to offer. An allocation takes the worker and team as typed, and one typo left a
 * case held by a team nobody is in. Names of staff, no child's data: not audited.
 */
@RestController
class AllocationChoices {

    record Team(String name, List<String> workers) {
    }

    record Teams(List<Team> teams) {
    }

    private final JdbcClient jdbc;

    AllocationChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/teams")
    Teams teams() {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT team, worker FROM (
                            SELECT allocated_team AS team, allocated_worker AS worker FROM case_view WHERE allocated_team IS NOT NULL
                            UNION SELECT receiving_team, NULL FROM case_view WHERE receiving_team IS NOT NULL) known
                        ORDER BY team, worker NULLS FIRST""")
                .query((rs, n) -> {
                    List<String> workers = teams.computeIfAbsent(rs.getString("team"), team -> new ArrayList<>());
                    if (rs.getString("worker") != null) {
                        workers.add(rs.getString("worker"));
                    }
                    return null;
                }).list();
        return new Teams(teams.entrySet().stream().map(e -> new Team(e.getKey(), List.copyOf(e.getValue()))).toList());
    }
}
