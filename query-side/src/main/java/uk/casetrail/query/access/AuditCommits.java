package uk.casetrail.query.access;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for access events. Every read must wait until its access event is durable, and a
 * commit (a WAL flush) costs far more than the insert: so one writer thread takes every access event
 * waiting at that moment, appends them all in one transaction, commits once, and then releases each
 * waiting read. Alone, a read waits for its own commit as before; with many readers, they share, and
 * while they do a commit waits a moment (at most {@code gather}) for as many as shared the last one: a
 * commit's transaction, its flush and the log reader's fetch after it cost about as much for one event
 * as for several, and at sixteen readers fuller commits left a tenth more of the machine to the reads.
 */
final class AuditCommits {

    private static final int MOST_PER_COMMIT = 500;
    private static final long WAIT_SECONDS = 10;

    private record Pending(EventMessage<?> event, CompletableFuture<Void> durable) {
    }

    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final EventBus eventBus;
    private final TransactionTemplate transaction;
    private final Thread writer;
    private final Timer commits;
    private final DistributionSummary sizes;
    private final long gatherNanos;
    private volatile boolean closed;
    /** How many shared the last commit: only the writer thread reads and writes it. */
    private int lastGroup = 1;

    /**
     * @param gather how long a commit may wait for other readers to join it while readers are arriving
     *               together (zero: never)
     */
    AuditCommits(EventBus eventBus, TransactionTemplate transaction, MeterRegistry meters, Duration gather) {
        this.eventBus = eventBus;
        this.transaction = transaction;
        this.gatherNanos = gather.toNanos();
        // Beside the append's latency as a read sees it: how much of it is the commit itself, and how many share one.
        this.commits = Timer.builder("casetrail.audit.commit").description("One group commit of access events, append and flush")
                .publishPercentileHistogram().register(meters);
        this.sizes = DistributionSummary.builder("casetrail.audit.commit.events")
                .description("Access events committed together").register(meters);
        this.writer = new Thread(this::write, "access-audit-commits");
        writer.setDaemon(true);
        writer.start();
    }

    void stop() {
        closed = true;
        writer.interrupt();
        failWaiting(new IllegalStateException("the application is stopping"));
    }

    /**
     * Queues the event for the next commit and answers at once; {@link #awaitDurable} waits for it. A
     * read that gave up waiting may still find its access committed afterwards: the log may hold an
     * access that was refused an answer, never an answer without its access.
     */
    CompletableFuture<Void> submit(EventMessage<?> event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        waiting.add(pending);
        if (closed) {
            failWaiting(new IllegalStateException("the application is stopping"));
        }
        return pending.durable();
    }

    /** Returns once the submitted event is committed; throws if it could not be. */
    static void awaitDurable(CompletableFuture<Void> durable) {
        try {
            durable.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the access event was committed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the access event could not be committed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the access event was not committed in time", e);
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (!closed) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            try {
                gather(batch);
            } catch (InterruptedException e) {
                failWaiting(new IllegalStateException("the application is stopping"));
                batch.forEach(p -> p.durable().completeExceptionally(e));
                return;
            }
            waiting.drainTo(batch, MOST_PER_COMMIT - batch.size());
            lastGroup = batch.size();
            try {
                commit(batch);
            } catch (Throwable groupFailed) {
                // One bad event must not cost every reader in its group their answer: try each alone.
                for (Pending pending : batch) {
                    try {
                        commit(List.of(pending));
                    } catch (Throwable failed) {
                        pending.durable().completeExceptionally(failed);
                    }
                }
            }
            batch.clear();
        }
    }

    /** When the last commit was shared, waits for as many to join this one, until the deadline. A lone reader's never waits. */
    private void gather(List<Pending> batch) throws InterruptedException {
        long deadline = System.nanoTime() + gatherNanos;
        while (batch.size() < lastGroup) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? waiting.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void commit(List<Pending> batch) {
        List<EventMessage<?>> events = batch.stream().<EventMessage<?>>map(Pending::event).toList();
        commits.record(() -> transaction.executeWithoutResult(tx -> eventBus.publish(events)));
        sizes.record(events.size());
        batch.forEach(p -> p.durable().complete(null));
    }

    private void failWaiting(Throwable why) {
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.durable().completeExceptionally(why));
    }
}
