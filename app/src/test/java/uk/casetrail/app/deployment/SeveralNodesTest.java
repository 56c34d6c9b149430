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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two node processes on loopback ports and one PostgreSQL: racing writes through different nodes, one
 * wins and nothing is lost; projection segments spread over both and move to the survivor when one
 * is killed; a read on one node waits for a write made through the other.
 */
class SeveralNodesTest {

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    void two_nodes_share_the_work_and_conflicting_writes_through_each_lose_nothing() throws Exception {
        String url = NodeProcess.freshDatabase("nodes");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
        int portA = NodeProcess.freePort();
        int portB = NodeProcess.freePort();
        Process a = NodeProcess.start(url, portA, "a");
        Process b = NodeProcess.start(url, portB, "b");
        try {
            Api viaA = Api.at(portA).as("alice");
            Api viaB = Api.at(portB).as("alice");
            await("both nodes hold segments of every projection", () -> owners(jdbc, "case-record").size() == 2
                    && owners(jdbc, "chronology").size() == 2);

            String child = viaA.post("/api/children", "{\"givenName\":\"Two\",\"familyName\":\"Nodes\",\"dateOfBirth\":\"2018-08-08\"}").text("childId");
            String at = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
            String caseId = viaB.post("/api/cases", "{\"childId\":\"" + child + "\",\"contactReceivedAt\":\"" + at + "\",\"referralSource\":\"6\"}").text("caseId");
            long version = viaA.post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\"}").version();

            // Read your writes across nodes: written through A, read through B.
            Api.Answer readOnB = viaB.get("/api/cases/" + caseId + "?minVersion=" + version);
            assertThat(readOnB.status()).isEqualTo(200);
            assertThat(readOnB.header("Casetrail-Stale")).isNull();
            assertThat(readOnB.json().path("status").asText()).isEqualTo("REFERRAL");

            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<Api.Answer>> racing = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Api via = i % 2 == 0 ? viaA : viaB;
                int writer = i;
                racing.add(pool.submit(() -> via.header("If-Match", Long.toString(version)).post("/api/cases/" + caseId + "/notes",
                        "{\"kind\":\"CONTACT\",\"occurredOn\":\"" + LocalDate.now(ZoneId.of("Europe/London")) + "\",\"summary\":\"writer " + writer + "\"}")));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Answer> answer : racing) {
                statuses.add(answer.get().status());
            }
            pool.shutdown();
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(caseId)
                    .query(Long.class).single()).isEqualTo(version + 2);

            b.destroyForcibly().waitFor();
            await("the survivor holds every segment once the dead node's claims expire",
                    () -> owners(jdbc, "case-record").size() == 1 && segmentsOwned(jdbc, "case-record") == 4
                            && owners(jdbc, "chronology").size() == 1 && segmentsOwned(jdbc, "chronology") == 4);
            long after = viaA.post("/api/cases/" + caseId + "/notes", "{\"kind\":\"CONTACT\",\"occurredOn\":\""
                    + LocalDate.now(ZoneId.of("Europe/London")) + "\",\"summary\":\"after the other node died\"}").version();
            assertThat(viaA.get("/api/cases/" + caseId + "?minVersion=" + after).header("Casetrail-Stale")).isNull();
        } finally {
            a.destroyForcibly().waitFor();
            b.destroyForcibly().waitFor();
        }
    }

    private static Set<String> owners(JdbcClient jdbc, String processor) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL")
                .param(processor).query(String.class).list());
    }

    private static long segmentsOwned(JdbcClient jdbc, String processor) {
        return jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL")
                .param(processor).query(Long.class).single();
    }
}
