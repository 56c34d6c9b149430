package uk.casetrail.app.support;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Watches every connection the application borrows from the test database's pool and remembers each
 * misuse: a connection given back twice, or it or its statements used after it was given back, or by a
 * thread other than the one that borrowed it. Hikari shares a pooled connection's list of open
 * statements among all its borrowers, unguarded across them: a second close after the pool has lent the
 * connection again empties the next borrower's list, and under load corrupts it, so that a write fails
 * with a 500 (BENCHMARKS.md). Such a misuse almost never fails where it happens; here each one fails
 * the test during which it happened ({@link ConnectionMisuse}). A second close is not passed on.
 */
public final class WatchedConnections implements ApplicationContextInitializer<ConfigurableApplicationContext>, BeanPostProcessor {

    private static final Set<String> ALWAYS_ALLOWED = Set.of("unwrap", "isWrapperFor", "hashCode", "equals", "toString");
    private static final Queue<Misuse> MISUSES = new ConcurrentLinkedQueue<>();

    private record Misuse(Thread thread, String report) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(this);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool ? new WatchedPool(pool) : bean;
    }

    /** The misuses remembered since the last call, each with where it happened and where the connection was borrowed or given back. */
    static List<String> takeMisuses() {
        List<String> taken = new ArrayList<>();
        for (Misuse misuse; (misuse = MISUSES.poll()) != null; ) {
            taken.add(misuse.report());
        }
        return taken;
    }

    /** The misuses remembered and not yet taken that happened on the thread. */
    public static List<String> misusesOn(Thread thread) {
        return MISUSES.stream().filter(m -> m.thread() == thread).map(Misuse::report).toList();
    }

    private static void misuse(String what, Throwable before) {
        MISUSES.add(new Misuse(Thread.currentThread(), what + " on " + Thread.currentThread().getName() + "\n"
                + trace(new Throwable("here")) + trace(before)));
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The pool, lending watched connections; closed with the context, as the pool itself would be. */
    private static final class WatchedPool extends DelegatingDataSource implements AutoCloseable {

        private final HikariDataSource pool;

        WatchedPool(HikariDataSource pool) {
            super(pool);
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watched(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watched(pool.getConnection(username, password));
        }

        private static Connection watched(Connection borrowed) {
            return (Connection) Proxy.newProxyInstance(WatchedConnections.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, new Borrowing(borrowed));
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    /** One borrowing of a connection: by whom, and whether it was given back. */
    private static final class Borrowing implements InvocationHandler {

        private final Connection connection;
        private final Thread borrower = Thread.currentThread();
        private final Throwable borrowed = new Throwable("borrowed by " + borrower.getName());
        private volatile Throwable givenBack;

        Borrowing(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (ALWAYS_ALLOWED.contains(name)) {
                return call(method, connection, args);
            }
            if (name.equals("isClosed") && givenBack != null) {
                return true;
            }
            check("connection." + name);
            if (name.equals("close")) {
                if (givenBack != null) {
                    return null;
                }
                givenBack = new Throwable("given back by " + Thread.currentThread().getName());
            }
            Object answer = call(method, connection, args);
            return answer instanceof Statement statement ? watched(statement, proxy) : answer;
        }

        void check(String use) {
            Throwable back = givenBack;
            if (back != null) {
                misuse(use + " after the connection was given back", back);
            } else if (Thread.currentThread() != borrower) {
                misuse(use + " off the thread that borrowed the connection", borrowed);
            }
        }

        private Statement watched(Statement statement, Object connectionProxy) {
            Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return (Statement) Proxy.newProxyInstance(WatchedConnections.class.getClassLoader(), new Class<?>[]{kind},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("getConnection")) {
                            return connectionProxy;
                        }
                        if (!ALWAYS_ALLOWED.contains(name) && !name.equals("isClosed")) {
                            check("statement." + name);
                        }
                        return call(method, statement, args);
                    });
        }
    }
}
