package uk.casetrail.app.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Axon's embedded event store, telling the processors about new events a moment after a commit
 * rather than at once. Told at once, the store's reader fetched the log after every single commit and
 * each processor handled each event as a batch of its own (a transaction, its tokens, its statements):
 * with one writer at a time, the projections took more of the cores than the commands. Told a moment
 * later, the reader fetches what was committed in that moment in one read, and the processors handle
 * it as one batch. The projections are that moment later; a write answered before it may be read
 * back through them, and the read waits for its own event (ReadYourWrites) as before.
 */
final class LingeringEventStore extends EmbeddedEventStore {

    private final long lingerNanos;
    private final AtomicBoolean wakeUpDue = new AtomicBoolean();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "event-store-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    LingeringEventStore(Builder builder, Duration linger) {
        super(builder);
        this.lingerNanos = linger.toNanos();
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (lingerNanos == 0) {
            super.afterCommit(events);
        } else if (wakeUpDue.compareAndSet(false, true)) {
            wakeUps.schedule(this::wakeUp, lingerNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void wakeUp() {
        // Cleared first: a commit from now on needs a wake-up of its own, at worst one too many.
        wakeUpDue.set(false);
        // Axon's store only wakes its reader here, whatever the events.
        super.afterCommit(List.of());
    }

    @Override
    public void shutDown() {
        wakeUps.shutdownNow();
        super.shutDown();
    }
}
