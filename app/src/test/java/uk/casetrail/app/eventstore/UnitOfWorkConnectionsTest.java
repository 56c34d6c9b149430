package uk.casetrail.app.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit of work (a command's, a processor batch's) gives its connection back to the pool once. Axon's
 * default connection provider closed it a second time when the unit of work was cleaned up, after the
 * transaction had already given it back: whoever borrowed that connection in between lost the pool's
 * record of their open statements, and under load the record was corrupted and a write failed with a
 * 500 (BENCHMARKS.md).
 */
@CasetrailIntegrationTest
class UnitOfWorkConnectionsTest {

    private static final int ATTEMPTS = 5;

    @Autowired
    private ConnectionProvider connections;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private DataSource pool;

    /** Who borrowed the connection between the transaction's end and the unit of work's cleanup. */
    private static final class NextBorrower {
        private Connection connection;
        private PreparedStatement statement;

        void borrow(DataSource pool) {
            try {
                connection = pool.getConnection();
                statement = connection.prepareStatement("SELECT 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void the_next_borrower_of_a_unit_of_works_connection_has_its_statements_closed_with_its_connection() throws Exception {
        int sameConnection = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            UnitOfWork<?> work = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("probe"));
            work.attachTransaction(transactions);
            Connection used = connections.getConnection();
            try (PreparedStatement select = used.prepareStatement("SELECT 1")) {
                select.executeQuery().close();
            }
            PGConnection physical = used.unwrap(PGConnection.class);
            used.close();
            NextBorrower next = new NextBorrower();
            // Cleanup handlers run last registered first: this one runs after the transaction has given the
            // connection back and before anything the provider registered when it lent it.
            work.onCleanup(u -> next.borrow(pool));
            work.commit();

            boolean same = next.connection.unwrap(PGConnection.class) == physical;
            next.connection.close();
            if (same) {
                sameConnection++;
                assertThat(next.statement.isClosed())
                        .as("the pool closes the next borrower's statement when its connection is given back")
                        .isTrue();
            } else {
                next.statement.close();
            }
        }
        // The pool lends a thread the connection it gave back last; if it never did, this test checked nothing.
        assertThat(sameConnection).as("attempts where the next borrower got the unit of work's connection").isPositive();
    }
}
