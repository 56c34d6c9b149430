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

/**
 * Replays the log into the handlers of stopped projection processors, reading it once for all of
 * them. Each processor reading the log itself would read and deserialise every event once per
 * processor, spread it over segments that all run on the same few cores, and commit tokens per
 * segment per small batch: most of a rebuild's time went there, not into the projections.
 * <p>
 * Each processor projects each batch of events in one transaction that also stores its segments'
 * tokens at the batch's last event, so a replay cut short (a node stopped half way) is carried on
 * by the processors themselves from where it stopped, and progress shows in the tokens.
 */
@Component
class LogReplay {

    /** Events per transaction: their queued statements are sent as JDBC batches when it commits. */
    static final int EVENTS_PER_BATCH = 2_000;

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private final EventPositions positions;

    LogReplay(EventStore eventStore, TokenStore tokenStore, TransactionTemplate transaction, EventPositions positions) {
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transaction = transaction;
        this.positions = positions;
    }

    /**
     * Projects every event up to the target position (the head of the log when the rebuild began)
     * into each processor's handlers. The processors must be stopped, their read models emptied and
     * their tokens reset; on return their segments' tokens stand at the target and are released.
     * Each processor projects a batch on a thread of its own while the next batch is read.
     */
    void replay(Map<String, EventHandlerInvoker> processors, long target) throws InterruptedException {
        if (target <= 0) {
            return;
        }
        ExecutorService projecting = Executors.newFixedThreadPool(processors.size(), named());
        try (BlockingStream<TrackedEventMessage<?>> log = eventStore.openStream(null)) {
            List<Future<?>> inFlight = List.of();
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
                inFlight = processors.entrySet().stream()
                        .<Future<?>>map(p -> projecting.submit(() -> project(p.getKey(), p.getValue(), batch))).toList();
            }
            awaitAll(inFlight);
        } finally {
            projecting.shutdownNow();
            for (String processor : processors.keySet()) {
                for (int segment : tokenStore.fetchSegments(processor)) {
                    tokenStore.releaseClaim(processor, segment);
                }
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

    /** The processor's handlers project the batch, and its tokens move to the batch's end, in one transaction. */
    private void project(String processor, EventHandlerInvoker handlers, List<TrackedEventMessage<?>> batch) {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        transaction.executeWithoutResult(tx -> {
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
            for (int segment : tokenStore.fetchSegments(processor)) {
                tokenStore.storeToken(last, processor, segment);
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
