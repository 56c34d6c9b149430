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

/**
 * Replays the log into the handlers of stopped projection processors, reading it once for all of
 * them. Each processor reading the log itself would read and deserialise every event once per
 * processor, spread it over segments that all run on the same few cores, and commit tokens per
 * segment per small batch: most of a rebuild's time went there, not into the projections.
 * <p>
 * Each batch of events is projected by every processor in one transaction that also stores every
 * segment's token at the batch's last event, so a replay cut short (a node stopped half way) is
 * carried on by the processors themselves from where it stopped, and progress shows in the tokens.
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
     */
    void replay(Map<String, EventHandlerInvoker> processors, long target) throws InterruptedException {
        if (target <= 0) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> log = eventStore.openStream(null)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(EVENTS_PER_BATCH);
            long reached = 0;
            while (reached < target) {
                TrackedEventMessage<?> event = log.nextAvailable();
                batch.add(event);
                reached = event.trackingToken().position().orElse(0);
                if (batch.size() == EVENTS_PER_BATCH || reached >= target) {
                    project(processors, batch);
                    batch.clear();
                }
            }
        } finally {
            for (String processor : processors.keySet()) {
                for (int segment : tokenStore.fetchSegments(processor)) {
                    tokenStore.releaseClaim(processor, segment);
                }
            }
        }
    }

    private void project(Map<String, EventHandlerInvoker> processors, List<TrackedEventMessage<?>> batch) {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        transaction.executeWithoutResult(tx -> {
            for (EventHandlerInvoker handlers : processors.values()) {
                BatchingUnitOfWork<TrackedEventMessage<?>> unit = new BatchingUnitOfWork<>(batch);
                ResultMessage<?> result = unit.executeWithResult(() -> {
                    if (unit.isFirstMessage()) {
                        positions.rememberReadFromLog(batch);
                    }
                    handlers.handle(unit.getMessage(), Segment.ROOT_SEGMENT);
                    return null;
                }, RollbackConfigurationType.ANY_THROWABLE);
                if (result.isExceptional()) {
                    throw new IllegalStateException("replaying the log failed", result.exceptionResult());
                }
            }
            for (String processor : processors.keySet()) {
                for (int segment : tokenStore.fetchSegments(processor)) {
                    tokenStore.storeToken(last, processor, segment);
                }
            }
        });
    }
}
