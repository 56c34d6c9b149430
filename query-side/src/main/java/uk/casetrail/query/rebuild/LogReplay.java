package uk.casetrail.query.rebuild;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.query.reading.EventPositions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Replays the log into the handlers of stopped projection processors, reading it once for all of
 * them. Each processor reading the log itself would read and deserialise every event once per
 * processor, spread it over segments that all run on the same few cores, and commit tokens per
 * segment per small batch: most of a rebuild's time went there, not into the projections.
 * <p>
 * Each processor projects each batch of events in one transaction, into the copies of its tables
 * ({@link RebuiltTables}). The processors' tokens are held meanwhile, unchanged, so that no other
 * node's processors take them up; they move to the end of the replay only when the copies replace the
 * tables in use.
 */
@Component
class LogReplay {

    /** Events per transaction: their queued statements are sent as JDBC batches when it commits. */
    static final int EVENTS_PER_BATCH = 2_000;

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private final EventPositions positions;
    private final RebuiltTables copies;

    LogReplay(EventStore eventStore, TokenStore tokenStore, TransactionTemplate transaction, EventPositions positions,
              RebuiltTables copies) {
        this.copies = copies;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transaction = transaction;
        this.positions = positions;
    }

    /**
     * Projects every event up to the target position (the head of the log when the rebuild began)
     * into each processor's handlers, writing to the copies of its tables, and answers the token of
     * the last event replayed. The processors must be stopped; their tokens are claimed here and stay
     * claimed (see {@link #release}). Each processor projects a batch on a thread of its own while the
     * next batch is read; {@code replayed} hears the position each batch reached once every processor
     * has projected it.
     */
    TrackingToken replay(Map<String, EventHandlerInvoker> processors, Map<String, List<String>> tables, long target,
                         LongConsumer replayed) throws InterruptedException {
        claim(processors.keySet());
        if (target <= 0) {
            return null;
        }
        ExecutorService projecting = Executors.newFixedThreadPool(processors.size(), named());
        try (BlockingStream<TrackedEventMessage<?>> log = eventStore.openStream(null)) {
            List<Future<?>> inFlight = List.of();
            TrackingToken projected = null;
            long reached = 0;
            while (reached < target) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(EVENTS_PER_BATCH);
                while (batch.size() < EVENTS_PER_BATCH && reached < target) {
                    TrackedEventMessage<?> event = log.nextAvailable();
                    // Deserialised here, once, rather than by whichever processor's thread comes first.
                    event.getPayload();
                    batch.add(event);
                    reached = event.trackingToken().position().orElse(0);
                }
                awaitAll(inFlight);
                if (projected != null) {
                    replayed.accept(projected.position().orElse(0));
                    claim(processors.keySet());
                }
                inFlight = processors.entrySet().stream()
                        .<Future<?>>map(p -> projecting.submit(() -> project(p.getKey(), p.getValue(), tables.get(p.getKey()), batch)))
                        .toList();
                projected = batch.get(batch.size() - 1).trackingToken();
            }
            awaitAll(inFlight);
            replayed.accept(reached);
            return projected;
        } finally {
            projecting.shutdownNow();
        }
    }

    /** Claims the processors' tokens for this node, or extends its claim: another node's processors may not take them. */
    void claim(Iterable<String> processors) {
        transaction.executeWithoutResult(tx -> {
            for (String processor : processors) {
                for (int segment : tokenStore.fetchSegments(processor)) {
                    tokenStore.fetchToken(processor, segment);
                }
            }
        });
    }

    /** Moves the processors' tokens to the end of the replay, within the caller's transaction. */
    void advance(Iterable<String> processors, TrackingToken last) {
        for (String processor : processors) {
            for (int segment : tokenStore.fetchSegments(processor)) {
                tokenStore.storeToken(last, processor, segment);
            }
        }
    }

    /** Lets the processors (this node's, or another's) take their tokens up again. */
    void release(Iterable<String> processors) {
        for (String processor : processors) {
            for (int segment : tokenStore.fetchSegments(processor)) {
                tokenStore.releaseClaim(processor, segment);
            }
        }
    }

    private static void awaitAll(List<Future<?>> batches) throws InterruptedException {
        for (Future<?> batch : batches) {
            try {
                batch.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("replaying the log failed", e.getCause());
            }
        }
    }

    /** The processor's handlers project the batch into the copies of its tables, in one transaction. */
    private void project(String processor, EventHandlerInvoker handlers, List<String> tables, List<TrackedEventMessage<?>> batch) {
        transaction.executeWithoutResult(tx -> {
            copies.writeToCopies(tables);
            BatchingUnitOfWork<TrackedEventMessage<?>> unit = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unit.executeWithResult(() -> {
                if (unit.isFirstMessage()) {
                    positions.rememberReadFromLog(batch);
                }
                handlers.handle(unit.getMessage(), Segment.ROOT_SEGMENT);
                return null;
            }, RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional()) {
                throw new IllegalStateException("replaying the log into " + processor + " failed", result.exceptionResult());
            }
        });
    }

    private static ThreadFactory named() {
        AtomicInteger threads = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "projection-replay-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
