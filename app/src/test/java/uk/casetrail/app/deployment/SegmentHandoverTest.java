package uk.casetrail.app.deployment;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.query.rebuild.ProjectionRebuild;
import uk.casetrail.query.scaling.SegmentBalancer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node hands projection segments to a node that has just joined; if that node stops before it takes
 * them, nobody projects those segments' records until they are taken back. Axon keeps a node from
 * taking back a segment it released for twice its claim interval (10 s); the balancer takes it back
 * at its next round once no other live node is short of segments.
 */
@CasetrailIntegrationTest
class SegmentHandoverTest {

    private static final int SEGMENTS = 4;

    @Autowired
    private SegmentBalancer balancer;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void segments_released_for_a_node_that_stops_before_taking_them_are_taken_back_at_the_next_round() throws Exception {
        List<StreamingEventProcessor> processors = ProjectionRebuild.PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow()).toList();
        assertThat(within(Duration.ofSeconds(20), () -> holdsAll(processors))).as("this node holds every segment").isTrue();

        String joining = "joining-" + UUID.randomUUID();
        Instant now = Instant.now();
        heartbeat(joining, now);
        balancer.balance();
        heartbeat(joining, now.plusMillis(100));
        // The joining node's heartbeat moved since the last round: it is alive, and holds nothing.
        balancer.balance();
        assertThat(within(Duration.ofSeconds(5), () -> processors.stream().allMatch(p -> p.processingStatus().size() < SEGMENTS)))
                .as("a segment of each processor released for the joining node").isTrue();

        jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = ?").param(joining).update();
        balancer.balance();

        assertThat(within(Duration.ofSeconds(5), () -> holdsAll(processors)))
                .as("every segment taken back well before Axon's own release ends").isTrue();
    }

    private static boolean holdsAll(List<StreamingEventProcessor> processors) {
        return processors.stream().allMatch(p -> p.processingStatus().size() == SEGMENTS);
    }

    private void heartbeat(String node, Instant at) {
        jdbc.sql("""
                        INSERT INTO node_heartbeat (node_id, seen_at) VALUES (:node, :at)
                        ON CONFLICT (node_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""")
                .param("node", node).param("at", Timestamp.from(at)).update();
    }

    private static boolean within(Duration limit, BooleanSupplier reached) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
