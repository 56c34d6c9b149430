package uk.casetrail.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.casetrail.query.access.AccessAuditProcessor;
import uk.casetrail.query.caseview.CaseRecordProcessor;
import uk.casetrail.query.chronology.ChronologyProcessor;
import uk.casetrail.query.projecting.ProcessorTokens;
import uk.casetrail.query.scaling.NodeIdentity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds every read model from the event store: each projection processor stops, its tables are
 * emptied (its reset handlers) and its tokens go back to the start of the log; the log up to its
 * head is then replayed into all of them at once ({@link LogReplay}), and they start again from
 * there. Progress is read from the processors' tokens against the head of the log.
 */
@Component
public class ProjectionRebuild {

    public static final List<String> PROCESSORS = List.of(CaseRecordProcessor.NAME, ChronologyProcessor.NAME,
            AccessAuditProcessor.NAME);
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<?> eventStore;
    private final JdbcClient jdbc;
    private final ProcessorTokens tokens;
    private final LogReplay replay;
    private volatile Run current;
    private volatile Thread replaying;

    private record Run(Instant startedAt, long target) {
    }

    private final NodeIdentity node;

    ProjectionRebuild(EventProcessingConfiguration processing,
                      org.axonframework.eventsourcing.eventstore.EventStore eventStore, JdbcClient jdbc, NodeIdentity node, ProcessorTokens tokens,
                      LogReplay replay) {
        this.replay = replay;
        this.node = node;
        this.tokens = tokens;
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Starts a rebuild of every projection; answers its progress at once. */
    public synchronized RebuildProgress start() {
        // Refuse before touching anything: a rebuild stopped half way would leave the read models disagreeing.
        List<String> elsewhere = jdbc.sql("""
                        SELECT DISTINCT processor_name FROM token_entry
                        WHERE processor_name IN (:processors) AND owner IS NOT NULL AND owner <> :me""")
                .param("processors", PROCESSORS).param("me", node.id()).query(String.class).list();
        if (!elsewhere.isEmpty()) {
            throw new RebuildRefused("another node holds part of the " + String.join(", ", elsewhere) + " projection"
                    + (elsewhere.size() > 1 ? "s" : "") + "; a rebuild is started from one node while it is the only one running"
                    + " (a stopped node's hold lapses within seconds)");
        }
        if (replaying != null && replaying.isAlive()) {
            throw new RebuildRefused("a rebuild is running; it can be started again once it is complete");
        }
        long target = headPosition();
        log.info("Rebuilding projections {} from the event store: {} events", PROCESSORS, target);
        Map<String, EventHandlerInvoker> handlers = new LinkedHashMap<>();
        try {
            for (String name : PROCESSORS) {
                StreamingEventProcessor processor = processor(name);
                processor.shutDown();
                // Empties the read model and puts the tokens back to the start, in one transaction.
                processor.resetTokens();
                handlers.put(name, ((AbstractEventProcessor) processor).eventHandlerInvoker());
            }
        } catch (UnableToClaimTokenException heldElsewhere) {
            startAll();
            throw new RebuildRefused("another node holds part of a projection; a rebuild is started"
                    + " from one node while it is the only one running");
        } catch (RuntimeException e) {
            // Whatever happened, the projections go on: a refused rebuild must not leave them stopped.
            startAll();
            throw e;
        }
        current = new Run(Instant.now(), target);
        replaying = new Thread(() -> replay(handlers, target), "projection-replay");
        replaying.setDaemon(true);
        replaying.start();
        return progress();
    }

    private void replay(Map<String, EventHandlerInvoker> handlers, long target) {
        try {
            replay.replay(handlers, target);
            log.info("Projections {} replayed up to position {}", PROCESSORS, target);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The tokens stand at the last batch replayed: the processors carry on from there.
            log.error("Replaying the log stopped; the projection processors carry the rebuild on", e);
        } finally {
            startAll();
        }
    }

    private void startAll() {
        for (String name : PROCESSORS) {
            processor(name).start();
        }
    }

    /** How far the last rebuild has come (or, with none started, how far the projections are behind). */
    public RebuildProgress progress() {
        Run run = current;
        long target = run != null ? run.target() : headPosition();
        long done = Math.min(target, lowestPosition());
        Duration elapsed = run == null ? Duration.ZERO : Duration.between(run.startedAt(), Instant.now());
        double rate = elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
        Thread replay = replaying;
        // Complete once the processors run again, not merely once the replay's tokens reach the target.
        boolean complete = done >= target && (replay == null || !replay.isAlive());
        Long etaSeconds = complete ? Long.valueOf(0) : rate <= 0 ? null : Long.valueOf(Math.round((target - done) / rate));
        return new RebuildProgress(run == null ? "IDLE" : complete ? "COMPLETE" : "RUNNING", done, target,
                Math.round(rate), etaSeconds, run == null ? null : run.startedAt());
    }

    /** How many events of the log the named projection processor has yet to handle (its slowest segment). */
    public long eventsBehind(String processor) {
        long lowest = tokens.positions(processor).stream().mapToLong(ProcessorTokens.SegmentPosition::index).min().orElse(0);
        return Math.max(0, headPosition() - lowest);
    }

    /** The position of the newest event in the log: how many events have been appended, by every node. */
    public long logHead() {
        return headPosition();
    }

    /**
     * Whether every projection has processed every event stored so far. A segment that passed a
     * position before the event there was committed keeps it as a gap and handles it later; most gaps
     * are positions no event will ever take (a rolled-back append), so only a gap that now holds an
     * event counts as work still to do.
     */
    public boolean caughtUp() {
        if (lowestPosition() < headPosition()) {
            return false;
        }
        Set<Long> gaps = new HashSet<>();
        for (String name : PROCESSORS) {
            tokens.positions(name).forEach(segment -> gaps.addAll(segment.gaps()));
        }
        return gaps.isEmpty() || !jdbc.sql("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE global_index = ANY(:gaps))")
                .param("gaps", gaps.toArray(Long[]::new)).query(Boolean.class).single();
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /**
     * The lowest position any segment of the projection processors has committed, read from the token
     * store: the processors' in-memory status lags a reset and knows only the segments this node holds.
     */
    private long lowestPosition() {
        long lowest = Long.MAX_VALUE;
        for (String name : PROCESSORS) {
            List<ProcessorTokens.SegmentPosition> segments = tokens.positions(name);
            if (segments.isEmpty()) {
                return 0;
            }
            for (ProcessorTokens.SegmentPosition segment : segments) {
                lowest = Math.min(lowest, segment.index());
            }
        }
        return lowest == Long.MAX_VALUE ? 0 : lowest;
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
    }
}
