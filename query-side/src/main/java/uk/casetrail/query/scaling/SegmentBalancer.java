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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

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
    /** By processor, the segments this node released for another node and has not seen taken. */
    private final Map<String, Set<Integer>> releasedHere = new HashMap<>();

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
     * Takes back the segments this node released for another node which no node has taken, once no other
     * node still beating (a heartbeat within alive-for, moved or not) is short of its share: that node
     * stopped (its heartbeat row goes at once) or died before taking them. Axon would keep this node
     * from taking them back for twice its claim interval (10 s), their records' projections standing
     * still. Only segments released here: one Axon gave up after a failed batch keeps Axon's growing
     * wait before it is tried again.
     *
     * @return whether segments released here are still waiting for a taker (then none is released now)
     */
    private boolean takeBackReleased(String name, StreamingEventProcessor processor, Map<String, Long> owned, List<String> present) {
        Set<Integer> released = releasedHere.computeIfAbsent(name, n -> new HashSet<>());
        if (released.isEmpty()) {
            return false;
        }
        released.retainAll(jdbc.sql("SELECT segment FROM token_entry WHERE processor_name = ? AND owner IS NULL")
                .param(name).query(Integer.class).list());
        if (released.isEmpty() || !processor.isRunning() || someoneElseShort(owned, present)) {
            return !released.isEmpty();
        }
        for (int segment : released) {
            log.info("Taking back segment {} of {}: the node it was released for did not take it", segment, name);
            processor.claimSegment(segment);
        }
        released.clear();
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
            releasedHere.computeIfAbsent(name, n -> new HashSet<>()).add(segment);
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
