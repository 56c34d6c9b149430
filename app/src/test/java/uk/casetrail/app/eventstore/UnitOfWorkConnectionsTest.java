package uk.casetrail.app.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.WatchedConnections;

import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit of work (a command's, a processor batch's) gives its connection back to the pool once. Axon's
 * default connection provider closed it a second time when the unit of work was cleaned up, after the
 * transaction had already given it back: by then another thread could hold that pooled connection, and
 * Hikari's second close emptied that thread's list of open statements, which under load was corrupted
 * and failed a write with a 500 (BENCHMARKS.md). Axon's token store closes its connections twice
 * outside a transaction, an abandoned rebuild's release of the processors' tokens among them.
 */
@CasetrailIntegrationTest
class UnitOfWorkConnectionsTest {

    @Autowired
    private ConnectionProvider connections;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private TokenStore tokens;

    @Test
    void a_unit_of_work_gives_its_connection_back_to_the_pool_once() throws Exception {
        UnitOfWork<?> work = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("probe"));
        try {
            work.attachTransaction(transactions);
            Connection used = connections.getConnection();
            try (PreparedStatement select = used.prepareStatement("SELECT 1")) {
                select.executeQuery().close();
            }
            used.close();
            work.commit();
        } finally {
            // Nothing of this unit of work may stay bound to the thread the next test runs on.
            if (work.isActive()) {
                work.rollback();
            }
        }
        assertThat(WatchedConnections.misusesOn(Thread.currentThread())).isEmpty();
    }

    /** Outside a transaction Axon's token store closes each connection twice; the pool gets it back once. */
    @Test
    void the_token_store_outside_a_transaction_gives_its_connection_back_to_the_pool_once() {
        assertThat(tokens.fetchSegments("case-record")).isNotEmpty();
        assertThat(WatchedConnections.misusesOn(Thread.currentThread())).isEmpty();
    }
}
