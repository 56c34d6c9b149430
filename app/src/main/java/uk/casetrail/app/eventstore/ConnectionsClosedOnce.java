package uk.casetrail.app.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.ConnectionWrapperFactory.ConnectionCloseHandler;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store's and token store's connections, from Spring: the transaction's while one runs,
 * otherwise one borrowed from the pool. However often Axon closes one, it goes back once. Axon's token
 * store closes a connection twice outside a transaction (once in its JDBC helper, once itself), and a
 * second close of a pooled connection that the pool has meanwhile lent to another thread empties that
 * borrower's list of open statements, which is not thread-safe: under load a write failed on a list left
 * at size -1 (BENCHMARKS.md).
 */
final class ConnectionsClosedOnce implements ConnectionProvider {

    private final ConnectionProvider spring;

    ConnectionsClosedOnce(DataSource dataSource) {
        this.spring = new SpringDataSourceConnectionProvider(dataSource);
    }

    @Override
    public Connection getConnection() throws SQLException {
        AtomicBoolean closed = new AtomicBoolean();
        return ConnectionWrapperFactory.wrap(spring.getConnection(), new ConnectionCloseHandler() {
            @Override
            public void close(Connection connection) {
                if (closed.compareAndSet(false, true)) {
                    JdbcUtils.closeQuietly(connection);
                }
            }

            @Override
            public void commit(Connection connection) throws SQLException {
                connection.commit();
            }
        });
    }
}
