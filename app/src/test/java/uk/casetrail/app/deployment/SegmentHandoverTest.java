package uk.casetrail.app.deployment;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node hands projection segments to a node that has just joined; if that node stops before it takes
 * them, nobody projects those segments' records until they are taken back. Axon keeps a node from
 * taking back a segment it released for twice its claim interval (10 s); the balancer takes it back
 * at its next round (every 3 s) once the node it was released for has gone.
 */
@CasetrailIntegrationTest
class SegmentHandoverTest {

    private static final int SEGMENTS = 4;

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void segments_released_for_a_node_that_stops_before_taking_them_are_taken_back_at_the_next_round() throws Exception {
        List<StreamingEventProcessor> processors = holdingEverySegment();

        // A node joining: it beats as a live node does, but never takes a segment.
        String joining = "joining-" + UUID.randomUUID();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        long releasedAt;
        try {
            beats.scheduleWithFixedDelay(() -> heartbeat(joining), 0, 200, TimeUnit.MILLISECONDS);
            assertThat(within(Duration.ofSeconds(10), () -> processors.stream().allMatch(p -> p.processingStatus().size() < SEGMENTS)))
                    .as("a segment of each processor released for the joining node").isTrue();
            releasedAt = System.nanoTime();
            Thread.sleep(3_500);
            assertThat(processors).as("nothing taken back while the joining node beats, though it has taken nothing")
                    .allMatch(p -> p.processingStatus().size() < SEGMENTS);
        } finally {
            beats.shutdownNow();
            beats.awaitTermination(5, TimeUnit.SECONDS);
        }

        // It stops: its heartbeat goes. Axon alone would take the segments back 10 s after releasing them.
        jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = ?").param(joining).update();
        Duration beforeAxon = Duration.ofNanos(releasedAt + Duration.ofSeconds(9).toNanos() - System.nanoTime());
        assertThat(within(beforeAxon, () -> holdsAll(processors)))
                .as("every segment taken back at the next round, before Axon's own release ends").isTrue();
    }

    @Test
    void segments_taken_by_a_node_that_then_stops_are_taken_back_at_the_next_round() throws Exception {
        List<StreamingEventProcessor> processors = holdingEverySegment();

        // A node joining: it beats, and claims every segment released to it, as a live node does.
        String joining = "joining-" + UUID.randomUUID();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        try {
            beats.scheduleWithFixedDelay(() -> {
                heartbeat(joining);
                jdbc.sql("""
                                UPDATE token_entry SET owner = :node, time_stamp = :now
                                WHERE processor_name IN (:processors) AND (owner IS NULL OR owner = :node)""")
                        .param("node", joining).param("now", Instant.now().toString())
                        .param("processors", ProjectionRebuild.PROCESSORS).update();
            }, 0, 200, TimeUnit.MILLISECONDS);
            assertThat(within(Duration.ofSeconds(15), () -> processors.stream().allMatch(p -> p.processingStatus().size() == SEGMENTS / 2)))
                    .as("half of each processor's segments handed to the joining node").isTrue();
        } finally {
            beats.shutdownNow();
            beats.awaitTermination(5, TimeUnit.SECONDS);
        }

        // It stops at once: its claims and its heartbeat go. Axon alone would take the segments back 10 s
        // after this node released them.
        jdbc.sql("UPDATE token_entry SET owner = NULL WHERE owner = ?").param(joining).update();
        jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = ?").param(joining).update();
        assertThat(within(Duration.ofSeconds(5), () -> holdsAll(processors)))
                .as("every segment taken back at the next round, before Axon's own release ends").isTrue();
    }

    /** The projection processors, once this node holds all their segments, as it does alone. */
    private List<StreamingEventProcessor> holdingEverySegment() throws InterruptedException {
        List<StreamingEventProcessor> processors = ProjectionRebuild.PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow()).toList();
        assertThat(within(Duration.ofSeconds(20), () -> holdsAll(processors))).as("this node holds every segment").isTrue();
        return processors;
    }

    private static boolean holdsAll(List<StreamingEventProcessor> processors) {
        return processors.stream().allMatch(p -> p.processingStatus().size() == SEGMENTS);
    }

    private void heartbeat(String node) {
        jdbc.sql("""
                        INSERT INTO node_heartbeat (node_id, seen_at) VALUES (:node, :at)
                        ON CONFLICT (node_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""")
                .param("node", node).param("at", Timestamp.from(Instant.now())).update();
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
