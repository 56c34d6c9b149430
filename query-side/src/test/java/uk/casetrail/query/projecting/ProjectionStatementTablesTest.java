package uk.casetrail.query.projecting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement a projection queues is sent before earlier ones that touch none of the tables found in
 * its text (StatementSchedule). A table the finder misses lets it overtake a write it depends on: an
 * agency's involvement, inserted from its case's row, once overtook that row's insert and inserted
 * nothing. So every projection statement in the source is read here, and every projection table its
 * text mentions (the tables the projections' reset handlers truncate) must be among those found.
 */
class ProjectionStatementTablesTest {

    private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'");
    // A word not part of a parameter (:from) or a cast (::date).
    private static final Pattern WORD = Pattern.compile("(?<![:\\w])[a-z_][a-z0-9_]*", Pattern.CASE_INSENSITIVE);

    @Test
    void every_projection_table_a_queued_statement_mentions_is_among_the_tables_found_in_it() throws IOException {
        Set<String> projectionTables = new HashSet<>();
        for (String truncation : ProjectionSources.truncations()) {
            projectionTables.addAll(StatementSchedule.tablesOf(truncation));
        }
        List<String> statements = ProjectionSources.queuedStatements();
        assertThat(projectionTables).contains("case_view", "case_involvement", "child_summary", "protection_plan",
                "chronology_entry", "access_log");
        assertThat(statements).hasSizeGreaterThan(25);

        for (String sql : statements) {
            Set<String> mentioned = new HashSet<>();
            Matcher word = WORD.matcher(LITERALS.matcher(sql).replaceAll(" "));
            while (word.find()) {
                if (projectionTables.contains(word.group().toLowerCase())) {
                    mentioned.add(word.group().toLowerCase());
                }
            }
            assertThat(StatementSchedule.tablesOf(sql)).as(sql).containsAll(mentioned);
        }
    }
}
