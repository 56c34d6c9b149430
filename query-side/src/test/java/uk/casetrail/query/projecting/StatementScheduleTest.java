package uk.casetrail.query.projecting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatementScheduleTest {

    private static final UUID CASE = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final String NOTE = "INSERT INTO case_note (note_id, case_id) VALUES (:note, :case)";
    private static final String VERSION = "UPDATE case_view SET version = GREATEST(version, :version) WHERE case_id = :case";
    private static final String ENTRY = "INSERT INTO chronology_entry (event_id, case_id) VALUES (:event, :case)";
    private static final String INVOLVEMENT = """
            INSERT INTO case_involvement (involvement_id, case_id, child_id, from_date)
            SELECT :id, case_id, child_id, :from FROM case_view WHERE case_id = :case ON CONFLICT DO NOTHING""";

    @Example
    void a_run_of_notes_goes_as_one_batch_per_statement_text_not_one_round_trip_per_statement() {
        List<StatementSchedule.Statement> queue = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            queue.add(new StatementSchedule.Statement(NOTE, List.of(UUID.randomUUID(), CASE)));
            queue.add(new StatementSchedule.Statement(VERSION, List.of((long) i, CASE)));
            queue.add(new StatementSchedule.Statement(ENTRY, List.of(UUID.randomUUID().toString(), CASE)));
        }
        assertThat(StatementSchedule.of(queue)).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSize(100));
    }

    @Example
    void a_statement_without_ids_keeps_its_place_against_everything_on_its_tables() {
        List<StatementSchedule.Statement> queue = List.of(
                new StatementSchedule.Statement(VERSION, List.of(1L, CASE)),
                new StatementSchedule.Statement("TRUNCATE case_view, case_note", List.of()),
                new StatementSchedule.Statement(VERSION, List.of(2L, UUID.randomUUID())));
        assertThat(StatementSchedule.of(queue)).containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Example
    void tables_are_read_from_what_a_statement_writes_and_reads() {
        assertThat(StatementSchedule.tablesOf("""
                INSERT INTO protection_plan (plan_id, case_id) SELECT :plan, case_id FROM case_view WHERE case_id = :case"""))
                .containsExactlyInAnyOrder("protection_plan", "case_view");
        assertThat(StatementSchedule.tablesOf("TRUNCATE chronology_entry, chronology_case"))
                .containsExactlyInAnyOrder("chronology_entry", "chronology_case");
    }

    @Example
    void tables_are_found_past_parameters_named_like_keywords_aliases_lateral_lookups_and_literals() {
        assertThat(StatementSchedule.tablesOf(INVOLVEMENT)).containsExactlyInAnyOrder("case_involvement", "case_view");
        assertThat(StatementSchedule.tablesOf("""
                SELECT v.case_id FROM case_view v, child_summary s WHERE s.child_id = v.child_id AND v.receiving_team = 'from x'"""))
                .containsExactlyInAnyOrder("case_view", "child_summary");
        assertThat(StatementSchedule.tablesOf("""
                INSERT INTO protection_plan (plan_id, lead_worker)
                SELECT :plan, a.worker FROM case_view v LEFT JOIN LATERAL (
                    SELECT worker FROM case_allocation ca WHERE ca.case_id = v.case_id LIMIT 1) a ON TRUE
                JOIN child_summary AS s ON s.child_id = v.child_id
                WHERE v.case_id = :case AND COALESCE(v.closed_on, 'infinity'::date) > :into"""))
                .containsExactlyInAnyOrder("protection_plan", "case_view", "case_allocation", "child_summary");
    }

    /**
     * An agency's involvement is inserted from its case's row; sent before the insert of that row (as once
     * happened, another case's involvement earlier in the batch having started a JDBC batch of that text),
     * it inserted nothing, and the case view lacked the involvement until a rebuild.
     */
    @Example
    void an_insert_that_selects_from_a_case_row_is_sent_after_the_insert_of_that_row() {
        UUID otherCase = UUID.randomUUID();
        List<StatementSchedule.Statement> queue = List.of(
                new StatementSchedule.Statement(INVOLVEMENT, List.of(UUID.randomUUID(), otherCase)),
                new StatementSchedule.Statement("INSERT INTO case_view (case_id, child_id) VALUES (:case, :child)",
                        List.of(CASE, UUID.randomUUID())),
                new StatementSchedule.Statement(INVOLVEMENT, List.of(UUID.randomUUID(), CASE)));
        List<Integer> sendingOrder = StatementSchedule.of(queue).stream().flatMap(List::stream).toList();
        assertThat(sendingOrder.indexOf(2)).isGreaterThan(sendingOrder.indexOf(1));
    }

    /** Ids given as text are told from other text exactly as the UUID grammar tells them, case aside. */
    @Property(tries = 2_000)
    void text_is_taken_for_an_id_exactly_when_it_is_a_uuid(@ForAll("almostUuids") String text) {
        boolean grammar = text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        assertThat(StatementSchedule.isUuid(text)).isEqualTo(grammar);
    }

    @Provide
    Arbitrary<String> almostUuids() {
        Arbitrary<String> uuids = Arbitraries.create(UUID::randomUUID).map(UUID::toString);
        // One character of a UUID changed (to a hyphen, a letter past f, a non-ASCII digit...), or its case.
        Arbitrary<String> changed = Combinators.combine(uuids, Arbitraries.integers().between(0, 35),
                        Arbitraries.of('-', 'g', 'G', 'F', '0', '9', ' ', '\u0663', '\uFF10', 'a'))
                .as((uuid, at, c) -> uuid.substring(0, at) + c + uuid.substring(at + 1));
        Arbitrary<String> other = Arbitraries.strings().withChars("0123456789abcdefABCDEF-xz").ofMinLength(30).ofMaxLength(40);
        return Arbitraries.oneOf(uuids, uuids.map(String::toUpperCase), changed, other);
    }

    /** Whatever the queue, statements that could touch the same rows are sent in the order they were queued. */
    @Property(tries = 500)
    void statements_that_could_touch_the_same_rows_keep_their_order(@ForAll("queues") List<StatementSchedule.Statement> queue) {
        List<List<Integer>> batches = StatementSchedule.of(queue);

        Map<Integer, Integer> sentAt = new HashMap<>();
        for (List<Integer> batch : batches) {
            assertThat(batch.stream().map(i -> queue.get(i).sql()).distinct()).hasSize(1);
            for (int i : batch) {
                assertThat(sentAt.put(i, sentAt.size())).as("statement %d sent once", i).isNull();
            }
        }
        assertThat(sentAt).hasSize(queue.size());
        for (int i = 0; i < queue.size(); i++) {
            for (int j = i + 1; j < queue.size(); j++) {
                if (couldTouchTheSameRows(queue.get(i), queue.get(j))) {
                    assertThat(sentAt.get(i)).as("%d before %d", i, j).isLessThan(sentAt.get(j));
                }
            }
        }
    }

    private static boolean couldTouchTheSameRows(StatementSchedule.Statement a, StatementSchedule.Statement b) {
        if (Collections.disjoint(StatementSchedule.tablesOf(a.sql()), StatementSchedule.tablesOf(b.sql()))) {
            return false;
        }
        List<Object> idsA = ids(a);
        List<Object> idsB = ids(b);
        return idsA.isEmpty() || idsB.isEmpty() || !Collections.disjoint(idsA, idsB);
    }

    private static List<Object> ids(StatementSchedule.Statement statement) {
        List<Object> ids = new ArrayList<>();
        statement.values().forEach(v -> {
            if (v instanceof UUID || v instanceof String) {
                ids.add(v.toString());
            }
        });
        return ids;
    }

    @Provide
    Arbitrary<List<StatementSchedule.Statement>> queues() {
        List<String> texts = List.of(NOTE, VERSION, ENTRY,
                "UPDATE case_view SET closed_on = :on WHERE case_id = :case",
                INVOLVEMENT,
                "UPDATE chronology_entry SET superseded_by = :by WHERE event_id = :event",
                "TRUNCATE case_view, case_note");
        List<UUID> ids = List.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"),
                UUID.fromString("00000000-0000-4000-8000-00000000000b"), UUID.fromString("00000000-0000-4000-8000-00000000000c"),
                UUID.fromString("00000000-0000-4000-8000-00000000000d"));
        Arbitrary<StatementSchedule.Statement> statement = Combinators.combine(
                Arbitraries.of(texts), Arbitraries.of(ids).list().ofMaxSize(2), Arbitraries.of(true, false), Arbitraries.longs())
                .as((sql, keys, asText, number) -> {
                    List<Object> values = new ArrayList<>();
                    values.add(number);
                    if (!sql.startsWith("TRUNCATE")) {
                        keys.forEach(k -> values.add(asText ? k.toString() : k));
                    }
                    return new StatementSchedule.Statement(sql, values);
                });
        return statement.list().ofMaxSize(40);
    }
}
