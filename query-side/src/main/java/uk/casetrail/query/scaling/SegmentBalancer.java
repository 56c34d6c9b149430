package uk.casetrail.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Spreads projection segments over the running nodes. Each node says it is alive; a node holding more
 * than its fair share of a processor's segments releases the surplus, which a node with fewer then
 * claims. A node that stops (or dies, once its claims time out) leaves its segments to the others,
 * who claim them as they do any unclaimed segment.
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final NodeIdentity node;
    private final Clock clock;
    private final Duration aliveFor;
    private final Map<String, Timestamp> previous = new HashMap<>();
    /** By processor, the segments this node released for another node, and when. */
    private final Map<String, Map<Integer, Instant>> releasedHere = new HashMap<>();

    SegmentBalancer(JdbcClient jdbc, EventProcessingConfiguration processing, NodeIdentity node, Clock clock,
                    @Value("${casetrail.nodes.alive-for:15s}") Duration aliveFor) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.node = node;
        this.clock = clock;
        this.aliveFor = aliveFor;
    }

    @Scheduled(fixedDelayString = "${casetrail.nodes.heartbeat:3s}")
    public void balance() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO node_heartbeat (node_id, seen_at) VALUES (:node, :now)
                        ON CONFLICT (node_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""")
                .param("node", node.id()).param("now", now).update();
        Map<String, Timestamp> seen = new HashMap<>();
        jdbc.sql("SELECT node_id, seen_at FROM node_heartbeat WHERE seen_at > :since")
                .param("since", Timestamp.from(clock.instant().minus(aliveFor)))
                .query((rs, n) -> seen.put(rs.getString("node_id"), rs.getTimestamp("seen_at"))).list();
        // Only a node whose heartbeat moved since the last round is surely alive: a killed node's last
        // heartbeat stays recent for a while, and a segment released for it would sit idle.
        List<String> alive = seen.entrySet().stream()
                .filter(e -> e.getKey().equals(node.id()) || (previous.containsKey(e.getKey())
                        && e.getValue().after(previous.get(e.getKey()))))
                .map(Map.Entry::getKey).toList();
        previous.clear();
        previous.putAll(seen);
        List<String> present = List.copyOf(seen.keySet());
        for (String name : ProjectionRebuild.PROCESSORS) {
            processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(p -> {
                Map<String, Long> owned = owners(name);
                if (!takeBackReleased(name, p, owned, present)) {
                    releaseSurplus(name, p, owned, alive);
                }
            });
        }
    }

    /** How many of the processor's segments each node holds ("null" for those no node holds). */
    private Map<String, Long> owners(String name) {
        Map<String, Long> owned = new HashMap<>();
        for (String owner : jdbc.sql("SELECT owner FROM token_entry WHERE processor_name = ?").param(name)
                .query((rs, n) -> String.valueOf(rs.getString("owner"))).list()) {
            owned.merge(owner, 1L, Long::sum);
        }
        return owned;
    }

    /**
     * Takes back the segments this node released for another node which no node holds now (never
     * taken, or taken by a node that then stopped), once no other node still beating (a heartbeat
     * within alive-for, moved or not) is short of its share. Axon would keep this node from taking them
     * back for twice its claim interval (10 s), their records' projections standing still. Only
     * segments released here, and for alive-for after (by then Axon's own wait is over): one Axon gave
     * up after a failed batch keeps Axon's growing wait before it is tried again.
     *
     * @return whether segments released here are waiting for a taker (then none is released now)
     */
    private boolean takeBackReleased(String name, StreamingEventProcessor processor, Map<String, Long> owned, List<String> present) {
        Map<Integer, Instant> released = releasedHere.computeIfAbsent(name, n -> new HashMap<>());
        Instant forgetBefore = clock.instant().minus(aliveFor);
        released.values().removeIf(at -> at.isBefore(forgetBefore));
        if (released.isEmpty()) {
            return false;
        }
        List<Integer> unclaimed = jdbc.sql("SELECT segment FROM token_entry WHERE processor_name = ? AND owner IS NULL")
                .param(name).query(Integer.class).list();
        List<Integer> waiting = released.keySet().stream().filter(unclaimed::contains).toList();
        if (waiting.isEmpty() || !processor.isRunning() || someoneElseShort(owned, present)) {
            return !waiting.isEmpty();
        }
        for (int segment : waiting) {
            log.info("Taking back segment {} of {}: no node holds it, and no other node is short", segment, name);
            processor.claimSegment(segment);
            released.remove(segment);
        }
        return true;
    }

    /**
     * Releases one segment above this node's fair share, and only while another live node holds fewer
     * than its share: a released segment must have a taker, or it would sit idle.
     */
    private void releaseSurplus(String name, StreamingEventProcessor processor, Map<String, Long> owned, List<String> aliveNodes) {
        if (aliveNodes.size() < 2) {
            return;
        }
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        if (someoneElseShort(owned, aliveNodes) && mine.size() > fairShare(owned, aliveNodes)) {
            int segment = mine.get(mine.size() - 1);
            log.info("Releasing segment {} of {} for another node ({} nodes alive)", segment, name, aliveNodes.size());
            processor.releaseSegment(segment);
            releasedHere.computeIfAbsent(name, n -> new HashMap<>()).put(segment, clock.instant());
        }
    }

    private static long fairShare(Map<String, Long> owned, List<String> aliveNodes) {
        long segments = owned.values().stream().mapToLong(Long::longValue).sum();
        return (segments + aliveNodes.size() - 1) / aliveNodes.size();
    }

    private boolean someoneElseShort(Map<String, Long> owned, List<String> aliveNodes) {
        long segments = owned.values().stream().mapToLong(Long::longValue).sum();
        long fairShare = fairShare(owned, aliveNodes);
        // With segments not dividing evenly, some nodes rightly hold one fewer than the fair share.
        long leastFair = segments % aliveNodes.size() == 0 ? fairShare : fairShare - 1;
        return aliveNodes.stream().filter(n -> !n.equals(node.id()))
                .anyMatch(n -> owned.getOrDefault(n, 0L) < leastFair);
    }

    /** Stops counting this node as alive at once when it shuts down. */
    @jakarta.annotation.PreDestroy
    void leave() {
        jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = ?").param(node.id()).update();
    }
}
