package uk.casetrail.command.web;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;

/**
 * Keeps a write's transaction and the in-memory copy of the aggregate it changes in step. The write
 * model keeps each aggregate in memory between commands, and a command changes that copy before the
 * surrounding transaction (which also holds the idempotency record) commits. So writers of one
 * aggregate queue behind each other for the whole transaction, on every node (a PostgreSQL advisory
 * lock); the copy is used only if this node committed the version the log holds (another node, or a
 * hand in the database, may have written since); and a transaction that does not commit drops it.
 */
@Component
class AggregateWrites {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final CachedAggregates cached;

    AggregateWrites(JdbcClient jdbc, CachedAggregates cached) {
        this.jdbc = jdbc;
        this.cached = cached;
    }

    /**
     * Call inside the write's transaction, before anything about the aggregate is read. Waits a few
     * seconds at most for the writers ahead (each holds a connection while it waits), then answers
     * 409 so that a pile-up on one record cannot take every connection.
     */
    Write begin(String aggregateId) {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param(aggregateId).query(Boolean.class).single())) {
            if (System.nanoTime() > deadline) {
                throw new ConcurrencyException("other writes to " + aggregateId + " have held it for " + LONGEST_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConcurrencyException("interrupted while waiting to write " + aggregateId);
            }
        }
        Write write = new Write(aggregateId);
        TransactionSynchronizationManager.registerSynchronization(write);
        return write;
    }

    /** One write to one aggregate, in one transaction. */
    final class Write implements TransactionSynchronization {

        private final String aggregateId;
        private long version = -1;

        private Write(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        /** The log holds the aggregate at this version now, under the lock. */
        void found(long current) {
            cached.keepOnlyIfAt(aggregateId, current);
        }

        void recorded(long newVersion) {
            this.version = newVersion;
        }

        /** The write failed inside its transaction: drop the copy while the lock is still held. */
        void failed() {
            cached.forget(aggregateId);
        }

        // Before the database ends the transaction (and so releases the lock): if the commit then
        // fails, the next writer must not trust the copy this write changed.
        @Override
        public void beforeCompletion() {
            cached.distrust(aggregateId);
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED && version >= 0) {
                cached.committed(aggregateId, version);
            } else {
                cached.forget(aggregateId);
            }
        }
    }
}
