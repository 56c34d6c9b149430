package uk.casetrail.app.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.events.access.AccessOutcome;
import uk.casetrail.events.access.ChildAccess;
import uk.casetrail.events.access.RecordAccessed;
import uk.casetrail.events.ids.ChildId;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processors read the log after their position, and the gaps below it, in order, however wide a
 * gap; a read at the head of the log is one statement; PostgreSQL keeps the plan of those reads rather
 * than planning them again at every call (LogReadStatements); and they run outside any transaction
 * (StorageTransactions).
 */
@CasetrailIntegrationTest
class LogReadsTest {

    private static final String IN_TRANSACTION = "(in a transaction)";
    private static final String ON_ITS_OWN = "(outside any transaction)";

    @Autowired
    DataSource pool;
    @Autowired
    EventStore eventStore;
    @Autowired
    Serializer serializer;
    @Autowired
    PersistenceExceptionResolver exceptions;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    TransactionManager transactions;
    @Autowired
    EventSchema schema;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_processor_reads_the_events_after_its_position_and_those_that_filled_its_gaps_in_order() {
        List<Appended> appended = appendThree();
        Appended first = appended.get(0);
        Appended second = appended.get(1);
        Appended third = appended.get(2);
        List<String> statements = new CopyOnWriteArrayList<>();
        EventStorageEngine storage = configuredEngine(statements);

        // Past the second event, with the first still a gap: the first and the third are due, not the second.
        List<String> read = storage.readEvents(GapAwareTrackingToken.newInstance(second.position(), List.of(first.position())), false)
                .map(TrackedEventMessage::getIdentifier).toList();
        assertThat(read).startsWith(first.id()).contains(third.id()).doesNotContain(second.id());

        // Past the third, with no gap: none of the three.
        assertThat(storage.readEvents(GapAwareTrackingToken.newInstance(third.position(), List.of()), false)
                .map(TrackedEventMessage::getIdentifier).toList())
                .doesNotContain(first.id(), second.id(), third.id());

        assertThat(statements).as("the statements the event store read with")
                .anyMatch(sql -> sql.contains("ANY((SELECT ?::bigint[])::bigint[])"))
                .anyMatch(sql -> sql.contains("> (SELECT ?::bigint) ORDER BY global_index ASC LIMIT (SELECT ?::int)"));
    }

    @Test
    void the_reads_after_a_position_keep_their_plan_on_a_long_log() throws Exception {
        try (Connection connection = pool.getConnection()) {
            JdbcClient session = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            // A log long enough for the planner to weigh a kept plan against one made for the values given:
            // on a short one, even Axon's statement kept its plan.
            session.sql("CREATE TEMPORARY TABLE long_log (LIKE domain_event_entry INCLUDING INDEXES)").update();
            try {
                session.sql("""
                        INSERT INTO long_log (global_index, aggregate_identifier, sequence_number, event_identifier,
                                              payload, payload_type, time_stamp)
                        SELECT g, 'a' || g, 0, 'e' || g, '\\x00', 'payload', '2026-11-30T00:00:00Z'
                        FROM generate_series(1, 200000) g""").update();
                session.sql("ANALYZE long_log").update();
                EventSchema longLog = EventStoreConfiguration.eventSchema("long_log");
                // The driver prepares a statement on its fifth call; PostgreSQL weighs a kept plan after five more.
                for (int call = 0; call < 20; call++) {
                    drain(LogReadStatements.withoutGaps(connection, longLog, 199_000, 1000));
                    drain(LogReadStatements.withGaps(connection, longLog, 199_000, 1000, List.of(198_000L, 198_500L)));
                }
                List<Map<String, Object>> plans = session.sql("""
                                SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements
                                WHERE statement LIKE '%FROM long_log%'""")
                        .query().listOfRows();

                assertThat(plan(plans, "global_index > (SELECT $1::bigint)")).as("after a position").isGreaterThan(5);
                assertThat(plan(plans, "ANY((SELECT $1::bigint[])::bigint[])")).as("after a position, with gaps").isGreaterThan(5);
            } finally {
                session.sql("DROP TABLE long_log").update();
            }
        }
    }

    @Test
    void a_gap_wider_than_a_batch_is_read_past_and_a_read_at_the_head_of_the_log_is_one_statement() {
        long before = appendThree().get(2).position();
        // Positions taken and never used, as appends rolled back leave them: more than a batch of them.
        jdbc.sql("SELECT nextval('domain_event_entry_global_index_seq') FROM generate_series(1, 1500)").query().listOfRows();
        List<Appended> after = appendThree();
        List<String> statements = new CopyOnWriteArrayList<>();
        EventStorageEngine storage = configuredEngine(statements);

        assertThat(storage.readEvents(GapAwareTrackingToken.newInstance(before, List.of()), false)
                .map(TrackedEventMessage::getIdentifier).toList()).contains(after.get(0).id());

        statements.clear();
        assertThat(storage.readEvents(GapAwareTrackingToken.newInstance(after.get(2).position(), List.of()), false)
                .toList()).isEmpty();
        // Axon's window of positions, empty, was followed by a second question: where the next event is.
        assertThat(statements).filteredOn(sql -> sql.startsWith("SELECT")).hasSize(1);
    }

    @Test
    void a_processor_reads_the_log_outside_any_transaction() {
        Appended first = appendThree().get(0);
        List<String> calls = new CopyOnWriteArrayList<>();
        EventStorageEngine storage = configuredEngine(calls);

        assertThat(storage.readEvents(GapAwareTrackingToken.newInstance(first.position(), List.of()), false).count())
                .isGreaterThanOrEqualTo(2);

        // A BEGIN and a COMMIT around a single SELECT, at every poll of every processor, bought nothing.
        assertThat(calls).contains(ON_ITS_OWN).doesNotContain(IN_TRANSACTION);
    }

    /**
     * The event store as the application configures it, on connections that note each statement prepared,
     * and whether a transaction was running when it was.
     */
    private EventStorageEngine configuredEngine(List<String> statements) {
        ConnectionProvider noting = () -> {
            Connection connection = DataSourceUtils.getConnection(pool);
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement")) {
                            statements.add((String) args[0]);
                            statements.add(TransactionSynchronizationManager.isActualTransactionActive()
                                    ? IN_TRANSACTION : ON_ITS_OWN);
                        }
                        if (method.getName().equals("close")) {
                            // As Spring's connection provider does: the transaction's connection stays open until it ends.
                            DataSourceUtils.releaseConnection(connection, pool);
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        return new EventStoreConfiguration().eventStorageEngine(serializer, serializer, exceptions, axon, noting,
                transactions, schema);
    }

    private record Appended(String id, long position) {
    }

    private List<Appended> appendThree() {
        List<String> ids = new ArrayList<>();
        transaction.executeWithoutResult(tx -> IntStream.range(0, 3).forEach(i -> {
            var event = GenericEventMessage.asEventMessage(new RecordAccessed("alice", "SOCIAL_WORKER", "North", null,
                    "127.0.0.1", List.of(new ChildAccess(new ChildId(UUID.randomUUID()), "ALLOCATED_WORKER")),
                    "case-view", AccessAction.VIEW, "DIRECT_CARE", AccessOutcome.PERMITTED, null));
            ids.add(event.getIdentifier());
            eventStore.publish(event);
        }));
        return jdbc.sql("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier IN (:ids) ORDER BY global_index")
                .param("ids", ids).query((row, n) -> new Appended(row.getString(1), row.getLong(2))).list();
    }

    private static void drain(PreparedStatement statement) throws Exception {
        try (statement; ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
            }
        }
    }

    // How many calls of the statement ran on the plan PostgreSQL kept.
    private static long plan(List<Map<String, Object>> plans, String marking) {
        return plans.stream().filter(p -> ((String) p.get("statement")).contains(marking))
                .mapToLong(p -> (Long) p.get("generic_plans")).findFirst()
                .orElseThrow(() -> new AssertionError("no prepared statement with " + marking + " in " + plans));
    }
}
