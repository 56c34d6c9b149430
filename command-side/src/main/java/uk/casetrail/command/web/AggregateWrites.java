package uk.casetrail.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    private final JdbcClient jdbc;
    private final CachedAggregates cached;

    AggregateWrites(JdbcClient jdbc, CachedAggregates cached) {
        this.jdbc = jdbc;
        this.cached = cached;
    }

    /** Call inside the write's transaction, before anything about the aggregate is read. */
    Write begin(String aggregateId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(aggregateId).query((rs, n) -> 1).list();
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
