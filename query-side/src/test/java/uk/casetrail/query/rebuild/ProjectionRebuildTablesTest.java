package uk.casetrail.query.rebuild;

import org.junit.jupiter.api.Test;
import uk.casetrail.query.projecting.ProjectionSources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild writes the read models into copies of the tables it lists, found first on the search path;
 * a table a projection writes that is not among them would be written in place, the rows of the
 * replay added to those it already holds. So the list must be exactly the tables the projections'
 * statements write and their reset handlers empty, read here from the source.
 */
class ProjectionRebuildTablesTest {

    // The tables after INSERT INTO, UPDATE (not an upsert's DO UPDATE) or TRUNCATE.
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(?:INSERT\\s+INTO|(?<!DO\\s)UPDATE|TRUNCATE(?:\\s+TABLE)?)\\s+([a-z_][a-z0-9_]*(?:\\s*,\\s*[a-z_][a-z0-9_]*)*)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void a_rebuild_copies_exactly_the_tables_the_projections_write() throws IOException {
        List<String> statements = new ArrayList<>(ProjectionSources.queuedStatements());
        statements.addAll(ProjectionSources.truncations());
        Set<String> written = new TreeSet<>();
        for (String sql : statements) {
            Matcher tables = WRITTEN.matcher(sql);
            while (tables.find()) {
                for (String table : tables.group(1).split(",")) {
                    written.add(table.trim().toLowerCase());
                }
            }
        }
        assertThat(written).as("tables the projections write").contains("case_view", "chronology_entry", "access_log");

        Set<String> copied = new TreeSet<>();
        ProjectionRebuild.TABLES.values().forEach(copied::addAll);
        assertThat(copied).as("the tables a rebuild copies").isEqualTo(written);
    }
}
