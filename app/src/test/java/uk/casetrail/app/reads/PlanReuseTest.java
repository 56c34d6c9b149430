package uk.casetrail.app.reads;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.query.reading.Ids;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read of one case or one child keeps its query plan: PostgreSQL planned "= ANY(array)" again at
 * every call, which cost more than running the query (Ids).
 */
@CasetrailIntegrationTest
class PlanReuseTest {

    private static final String QUERY = "SELECT child_id FROM children_read WHERE ";

    @Autowired
    DataSource pool;

    @Test
    void a_lookup_of_one_id_is_planned_once_and_of_several_at_every_call() throws Exception {
        try (Connection connection = pool.getConnection()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            // As many children as a small authority has, so that the planner weighs its plans as it would there.
            jdbc.sql("""
                    CREATE TEMPORARY TABLE children_read AS
                    SELECT gen_random_uuid() AS child_id FROM generate_series(1, 20000)""").update();
            Map<String, Object> one;
            Map<String, Object> several;
            // Dropped whatever happens: the connection goes back to the pool, and its next user would find the table.
            try {
                jdbc.sql("CREATE INDEX ON children_read (child_id)").update();
                jdbc.sql("ANALYZE children_read").update();
                for (List<UUID> ids : List.of(List.of(UUID.randomUUID()), List.of(UUID.randomUUID(), UUID.randomUUID()))) {
                    Ids lookup = Ids.of(ids);
                    for (int call = 0; call < 20; call++) {
                        jdbc.sql(QUERY + lookup.matchedBy("child_id")).param("ids", lookup.param()).query(String.class).list();
                    }
                }
                one = plans(jdbc, "child_id = $1");
                several = plans(jdbc, "child_id = ANY($1)");
            } finally {
                jdbc.sql("DROP TABLE children_read").update();
            }

            assertThat((Long) one.get("generic_plans")).as("calls run on the plan kept").isGreaterThan(5);
            assertThat((Long) several.get("generic_plans")).as("several ids are planned at every call").isZero();
        }
    }

    // This connection's prepared statements: the driver prepares a statement once it has run it five times.
    private static Map<String, Object> plans(JdbcClient jdbc, String condition) {
        return jdbc.sql("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = ?")
                .param(QUERY + condition).query().singleRow();
    }
}
