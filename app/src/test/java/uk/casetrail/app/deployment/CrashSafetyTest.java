package uk.casetrail.app.deployment;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.NodeProcess;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application process is killed (SIGKILL) three times in the middle of a write load and started
 * again: every write acknowledged with 2xx is in the log exactly once, none refused is there, and the
 * read models converge by themselves to what a full rebuild gives.
 */
class CrashSafetyTest {

    private static final List<String> READ_MODELS = List.of("child_summary", "case_view", "case_allocation", "case_visit",
            "chronology_case", "chronology_entry");

    @Test
    void acknowledged_writes_survive_sigkill_and_read_models_converge() throws Exception {
        String url = NodeProcess.freshDatabase("crash");
        int port = NodeProcess.freePort();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<String> cases = new ArrayList<>();
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        Process node = NodeProcess.start(url, port, "crash");
        Api alice = Api.at(port).as("alice");
        for (int i = 0; i < 6; i++) {
            String child = alice.post("/api/children", "{\"givenName\":\"Crash\",\"familyName\":\"Safe" + i + "\",\"dateOfBirth\":\"2016-01-01\"}").text("childId");
            String caseId = alice.post("/api/cases", "{\"childId\":\"" + child + "\",\"contactReceivedAt\":\"2026-01-05T10:00:00Z\",\"referralSource\":\"8\"}").text("caseId");
            alice.post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"2026-01-05T11:00:00Z\"}");
            cases.add(caseId);
        }

        Random random = new Random(7);
        for (int crash = 0; crash < 3; crash++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Thread writer = new Thread(() -> {
                    Random mine = new Random();
                    while (running.get()) {
                        String summary = "note " + UUID.randomUUID();
                        String caseId = cases.get(mine.nextInt(cases.size()));
                        try {
                            Api.Answer answer = alice.post("/api/cases/" + caseId + "/notes",
                                    "{\"kind\":\"CONTACT\",\"occurredOn\":\"" + today + "\",\"summary\":\"" + summary + "\"}");
                            outcomes.put(summary, answer.status());
                        } catch (RuntimeException connectionLost) {
                            // no answer: neither acknowledged nor refused
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            // Kill the node mid-stream: once this round has had writes acknowledged (however loaded the
            // machine), at a random moment after that.
            long acknowledgedBefore = acknowledgedSoFar(outcomes);
            long patience = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (acknowledgedSoFar(outcomes) < acknowledgedBefore + 8 && System.nanoTime() < patience) {
                Thread.sleep(50);
            }
            Thread.sleep(random.nextInt(1000));
            node.destroyForcibly().waitFor();
            running.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            node = NodeProcess.start(url, port, "crash");
        }

        try {
            Map<String, Long> stored = new LinkedHashMap<>();
            jdbc.sql("""
                            SELECT convert_from(payload, 'UTF8')::json ->> 'summary' AS summary, count(*) AS n FROM domain_event_entry
                            WHERE payload_type LIKE '%CaseNoteRecorded' GROUP BY 1""")
                    .query((rs, n) -> stored.put(rs.getString("summary"), rs.getLong("n"))).list();
            List<String> acknowledged = outcomes.entrySet().stream().filter(e -> e.getValue() / 100 == 2).map(Map.Entry::getKey).toList();
            List<String> refused = outcomes.entrySet().stream().filter(e -> e.getValue() >= 400).map(Map.Entry::getKey).toList();
            assertThat(acknowledged).as("writes acknowledged").hasSizeGreaterThan(20);
            assertThat(acknowledged).allSatisfy(s -> assertThat(stored.get(s)).as("acknowledged " + s).isEqualTo(1L));
            assertThat(refused).allSatisfy(s -> assertThat(stored).as("refused " + s).doesNotContainKey(s));
            assertThat(outcomes.values()).allSatisfy(status -> assertThat(status).isLessThan(500));

            Api root = Api.at(port).as("root");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (true) {
                var progress = root.get("/api/admin/projections/rebuild").json();
                if (progress.path("eventsDone").asLong() >= progress.path("eventsTotal").asLong()) {
                    break;
                }
                assertThat(Instant.now()).as("read models catch up after the crashes").isBefore(deadline);
                Thread.sleep(250);
            }
            Map<String, List<String>> converged = snapshot(jdbc);
            assertThat(root.post("/api/admin/projections/rebuild", "").status()).isEqualTo(202);
            while (!root.get("/api/admin/projections/rebuild").text("state").equals("COMPLETE")) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(250);
            }
            Map<String, List<String>> rebuilt = snapshot(jdbc);
            for (String table : READ_MODELS) {
                assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(converged.get(table));
            }
            assertThat(Set.copyOf(converged.get("chronology_entry")).size()).isGreaterThan(acknowledged.size());
        } finally {
            node.destroyForcibly().waitFor();
        }
    }

    private static Map<String, List<String>> snapshot(JdbcClient jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : READ_MODELS) {
            tables.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return tables;
    }

    private static long acknowledgedSoFar(Map<String, Integer> outcomes) {
        return outcomes.values().stream().filter(status -> status / 100 == 2).count();
    }
}
