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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.query.access.AccessAuditProcessor;
import uk.casetrail.query.caseview.CaseRecordProcessor;
import uk.casetrail.query.chronology.ChronologyProcessor;
import uk.casetrail.query.projecting.ProcessorTokens;
import uk.casetrail.query.scaling.NodeIdentity;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds every read model from the event store: each projection processor stops, its tables are
 * copied empty beside the ones in use ({@link RebuiltTables}), the log up to its head is replayed into
 * the copies of all of them at once ({@link LogReplay}), and the copies then replace the tables in one
 * transaction that also moves the processors' tokens to the end of the replay; the processors start
 * again from there. Meanwhile readers see the read models as they stood when the rebuild began, and a
 * rebuild that fails leaves them so.
 */
@Component
public class ProjectionRebuild {

    public static final List<String> PROCESSORS = List.of(CaseRecordProcessor.NAME, ChronologyProcessor.NAME,
            AccessAuditProcessor.NAME);
    /** Each processor's tables, as its reset handlers empty them. */
    static final Map<String, List<String>> TABLES = Map.of(
            CaseRecordProcessor.NAME, List.of("case_view", "case_assessment", "case_allocation", "case_visit", "case_involvement",
                    "case_enquiry", "case_note", "child_summary", "protection_plan", "protection_plan_category",
                    "protection_plan_review"),
            ChronologyProcessor.NAME, List.of("chronology_entry", "chronology_case"),
            AccessAuditProcessor.NAME, List.of("access_log"));
    private static final List<String> ALL_TABLES = PROCESSORS.stream().flatMap(p -> TABLES.get(p).stream()).toList();
    /**
     * The indexes, besides keys, by which the projections find rows while they project: an allocation
     * the plan of its case, a note's correction the note's chronology entry. Built on the copies before
     * the replay; without them each lookup read its whole table, and a rebuild's time grew with the
     * square of the log.
     */
    static final Set<String> LOOKUPS = Set.of("protection_plan_case", "chronology_entry_note");
    private static final int SWAP_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<?> eventStore;
    private final JdbcClient jdbc;
    private final ProcessorTokens tokens;
    private final LogReplay replay;
    private final RebuiltTables copies;
    private final TransactionTemplate transaction;
    private final Duration lockWait;
    private final NodeIdentity node;
    private volatile Run current;
    private volatile Thread replaying;

    /** A rebuild: when it began, up to where it replays, how far it has come, and how it ended (null while it runs). */
    private static final class Run {
        final Instant startedAt;
        final long target;
        volatile long replayed;
        volatile String outcome;

        Run(Instant startedAt, long target) {
            this.startedAt = startedAt;
            this.target = target;
        }
    }

    ProjectionRebuild(EventProcessingConfiguration processing,
                      org.axonframework.eventsourcing.eventstore.EventStore eventStore, JdbcClient jdbc, NodeIdentity node, ProcessorTokens tokens,
                      LogReplay replay, RebuiltTables copies, TransactionTemplate transaction,
                      @Value("${casetrail.rebuild.lock-wait:10s}") Duration lockWait) {
        this.replay = replay;
        this.node = node;
        this.tokens = tokens;
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.copies = copies;
        this.transaction = transaction;
        this.lockWait = lockWait;
    }

    /** Starts a rebuild of every projection; answers its progress at once. */
    public synchronized RebuildProgress start() {
        // Refuse before touching anything: another node's processors would go on writing the tables replaced.
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
                handlers.put(name, ((AbstractEventProcessor) processor).eventHandlerInvoker());
            }
            replay.claim(PROCESSORS);
            copies.create(ALL_TABLES, LOOKUPS);
            // The reset handlers empty the copies (already empty) and forget what the handlers remember of the log.
            transaction.executeWithoutResult(tx -> {
                copies.writeToCopies(ALL_TABLES);
                handlers.values().forEach(EventHandlerInvoker::performReset);
            });
        } catch (UnableToClaimTokenException heldElsewhere) {
            abandon();
            throw new RebuildRefused("another node holds part of a projection; a rebuild is started"
                    + " from one node while it is the only one running");
        } catch (RuntimeException e) {
            // Whatever happened, the projections go on: a refused rebuild must not leave them stopped.
            abandon();
            throw e;
        }
        Run run = new Run(Instant.now(), target);
        current = run;
        replaying = new Thread(() -> replay(run, handlers), "projection-replay");
        replaying.setDaemon(true);
        replaying.start();
        return progress();
    }

    private void replay(Run run, Map<String, EventHandlerInvoker> handlers) {
        try {
            TrackingToken last = replay.replay(handlers, TABLES, run.target, position -> run.replayed = position);
            log.info("Projections {} replayed up to position {}; indexing and analysing the rebuilt read models", PROCESSORS, run.target);
            copies.complete(ALL_TABLES, LOOKUPS);
            replace(last);
            run.outcome = "COMPLETE";
            log.info("Rebuilt projections {} in use", PROCESSORS);
        } catch (InterruptedException stopping) {
            run.outcome = "FAILED";
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            run.outcome = "FAILED";
            log.error("Rebuilding the read models failed; those in use are as they were, and their processors carry on", e);
        } finally {
            abandon();
        }
    }

    /**
     * The copies replace the tables in use, and the tokens move to the end of the replay, in one
     * transaction. Tried again when it waited too long for a table or was chosen to end a deadlock
     * (a read holding one table and asking for another); nothing is replaced by a failed attempt.
     */
    private void replace(TrackingToken last) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(tx -> {
                    copies.replace(ALL_TABLES, lockWait);
                    if (last != null) {
                        replay.advance(PROCESSORS, last);
                    }
                });
                return;
            } catch (DataAccessException busy) {
                if (attempt == SWAP_ATTEMPTS || !waitedForALock(busy)) {
                    throw busy;
                }
                log.warn("The rebuilt read models could not yet replace those in use ({}); trying again", busy.getMessage());
            }
        }
    }

    /** PostgreSQL's lock_not_available (the wait ran out) or deadlock_detected. */
    private static boolean waitedForALock(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql
                && ("55P03".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()));
    }

    /** Drops whatever copies are left, and lets the processors take up their tokens and run. */
    private void abandon() {
        try {
            copies.discard();
            replay.release(PROCESSORS);
        } catch (RuntimeException e) {
            log.error("Could not drop a rebuild's copies of the read models", e);
        } finally {
            for (String name : PROCESSORS) {
                processor(name).start();
            }
        }
    }

    /**
     * How far the last rebuild has come (or, with none started, how far the projections are behind).
     * While it runs, the events replayed into the copies; once over, what the processors have handled.
     */
    public RebuildProgress progress() {
        Run run = current;
        long target = run != null ? run.target : headPosition();
        Thread replay = replaying;
        boolean running = run != null && replay != null && replay.isAlive();
        long done = Math.min(target, running ? run.replayed : lowestPosition());
        Duration elapsed = run == null ? Duration.ZERO : Duration.between(run.startedAt, Instant.now());
        double rate = elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
        // Complete once the copies are in place and the processors run again, not once the replay reaches the target.
        String state = run == null ? "IDLE" : running || run.outcome == null ? "RUNNING" : run.outcome;
        boolean complete = state.equals("COMPLETE");
        Long etaSeconds = complete ? Long.valueOf(0) : rate <= 0 ? null : Long.valueOf(Math.round((target - done) / rate));
        return new RebuildProgress(state, done, target, Math.round(rate), etaSeconds, run == null ? null : run.startedAt);
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
