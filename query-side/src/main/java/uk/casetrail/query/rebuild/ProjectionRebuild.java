package uk.casetrail.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.casetrail.query.caseview.CaseRecordProcessor;
import uk.casetrail.query.chronology.ChronologyProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Rebuilds every read model from the event store: each projection processor stops, its tables are
 * emptied (its reset handlers), its tokens go back to the start of the log, and it replays every
 * event. Progress is read from the processors' tokens against the head of the log.
 */
@Component
public class ProjectionRebuild {

    public static final List<String> PROCESSORS = List.of(CaseRecordProcessor.NAME, ChronologyProcessor.NAME);
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<?> eventStore;
    private volatile Run current;

    private record Run(Instant startedAt, long target) {
    }

    ProjectionRebuild(EventProcessingConfiguration processing,
                      org.axonframework.eventsourcing.eventstore.EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Starts a rebuild of every projection; answers its progress at once. */
    public synchronized RebuildProgress start() {
        long target = headPosition();
        log.info("Rebuilding projections {} from the event store: {} events", PROCESSORS, target);
        for (String name : PROCESSORS) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        current = new Run(Instant.now(), target);
        return progress();
    }

    /** How far the last rebuild has come (or, with none started, how far the projections are behind). */
    public RebuildProgress progress() {
        Run run = current;
        long target = run != null ? run.target() : headPosition();
        long done = Math.min(target, lowestPosition());
        Duration elapsed = run == null ? Duration.ZERO : Duration.between(run.startedAt(), Instant.now());
        double rate = elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
        boolean complete = done >= target && !replaying();
        Long etaSeconds = complete ? Long.valueOf(0) : rate <= 0 ? null : Long.valueOf(Math.round((target - done) / rate));
        return new RebuildProgress(run == null ? "IDLE" : complete ? "COMPLETE" : "RUNNING", done, target,
                Math.round(rate), etaSeconds, run == null ? null : run.startedAt());
    }

    /** Whether every projection has processed every event stored so far. */
    public boolean caughtUp() {
        return lowestPosition() >= headPosition() && !replaying();
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private long lowestPosition() {
        long lowest = Long.MAX_VALUE;
        for (String name : PROCESSORS) {
            var status = processor(name).processingStatus();
            if (status.isEmpty()) {
                return 0;
            }
            for (EventTrackerStatus segment : status.values()) {
                OptionalLong position = segment.getCurrentPosition();
                lowest = Math.min(lowest, position.orElse(0));
            }
        }
        return lowest == Long.MAX_VALUE ? 0 : lowest;
    }

    private boolean replaying() {
        return PROCESSORS.stream().anyMatch(name -> processor(name).isReplaying());
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
    }
}
