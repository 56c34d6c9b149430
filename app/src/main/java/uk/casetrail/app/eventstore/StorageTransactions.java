package uk.casetrail.app.eventstore;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Supplier;

/**
 * The transactions of Axon's JDBC event store: its writes as before, its reads on their own. It wraps
 * every read in a transaction of its own when none is running, and for one SELECT that adds a BEGIN and
 * a COMMIT: a round trip more and two statements more for PostgreSQL. The processors read the log two
 * or three times for every event appended (every audited read appends one), so those were most of the
 * database's statements under reading load. A read of committed events needs no transaction; inside one
 * (a command loading its case) a read still joins it.
 */
final class StorageTransactions implements TransactionManager {

    private final TransactionManager transactions;

    StorageTransactions(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        return transactions.startTransaction();
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> supplier) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? transactions.fetchInTransaction(supplier) : supplier.get();
    }
}
