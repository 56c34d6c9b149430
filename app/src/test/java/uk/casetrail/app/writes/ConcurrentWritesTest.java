package uk.casetrail.app.writes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers racing on one case queue behind each other; a writer whose expected version is gone, or
 * whose copy of the case is stale, is told of a conflict (409) by PostgreSQL's unique (case,
 * sequence number). Never a 500, never a lost or duplicated event.
 */
@CasetrailIntegrationTest
class ConcurrentWritesTest {

    private static final int WRITERS = 50;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_conditional_writes_on_one_version_give_exactly_one_success() throws Exception {
        Api alice = Api.at(port).as("alice");
        String caseId = WriteFixture.referredCase(alice);
        EventTable events = new EventTable(jdbc);

        for (long version = 1; version <= 3; version++) {
            long expected = version;
            List<Api.Answer> answers = race(i -> alice.header("If-Match", Long.toString(expected))
                    .post("/api/cases/" + caseId + "/notes", WriteFixture.note("writer " + i + " at version " + expected)));

            assertThat(answers).extracting(Api.Answer::status).containsOnly(201, 409);
            assertThat(answers).filteredOn(a -> a.status() == 201).singleElement()
                    .satisfies(a -> assertThat(a.version()).isEqualTo(expected + 1));
            assertThat(answers).filteredOn(a -> a.status() == 409)
                    .allSatisfy(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
            assertThat(events.countFor(caseId)).isEqualTo(expected + 2);
        }
    }

    @Test
    void fifty_unconditional_writes_lose_nothing_and_duplicate_nothing() throws Exception {
        Api alice = Api.at(port).as("alice");
        String caseId = WriteFixture.referredCase(alice);
        EventTable events = new EventTable(jdbc);

        List<Api.Answer> answers = race(i -> alice.post("/api/cases/" + caseId + "/notes", WriteFixture.note("writer " + i)));

        assertThat(answers).extracting(Api.Answer::status).allMatch(status -> status == 201 || status == 409);
        List<Api.Answer> accepted = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(accepted).isNotEmpty();
        // Each acknowledged write is exactly one stored event, at the version it was told.
        assertThat(events.countFor(caseId)).isEqualTo(2 + accepted.size());
        assertThat(accepted).extracting(Api.Answer::version).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).isBetween(2L, 1L + accepted.size()));
        List<String> storedSummaries = events.eventsOf(caseId).stream().skip(2)
                .map(e -> (String) e.get("payload")).toList();
        assertThat(storedSummaries).hasSize(accepted.size()).doesNotHaveDuplicates();
    }

    @Test
    void a_copy_of_the_case_made_stale_by_another_node_is_not_used() {
        Api alice = Api.at(port).as("alice");
        String caseId = WriteFixture.referredCase(alice);
        assertThat(alice.post("/api/cases/" + caseId + "/notes", WriteFixture.note("read into this node's memory")).status()).isEqualTo(201);
        // Another node records a note on this case: a row this node's copy of the case knows nothing about.
        jdbc.sql("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, aggregate_identifier, sequence_number + 1, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(caseId).update();
        EventTable events = new EventTable(jdbc);
        long before = events.countFor(caseId);

        Api.Answer next = alice.post("/api/cases/" + caseId + "/notes", WriteFixture.note("written after the other node"));

        assertThat(next.status()).isEqualTo(201);
        assertThat(next.version()).isEqualTo(before);
        assertThat(events.countFor(caseId)).isEqualTo(before + 1);
    }

    private static List<Api.Answer> race(IntFunction<Api.Answer> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return write.apply(writer);
                }));
            }
            start.countDown();
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
