package uk.casetrail.query.projecting;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How projections write their tables. A processor handles the log in batches, each in one
 * transaction; a statement issued while handling a batch is queued, and the queue is sent when the
 * batch commits, statements of the same text as one JDBC batch wherever that cannot change what they
 * do ({@link StatementSchedule}: statements that could touch the same rows keep their order). So a
 * replay of the log costs a few round trips per batch rather than one per statement. Outside a
 * processor's batch a statement runs at once. A handler that reads its projection's tables calls
 * {@link #flush()} first, so it sees the batch's own writes.
 * <p>
 * Each text's named parameters are made positional once ({@link StatementText}), and a statement's
 * values are kept in that order: a replay spent a fifth of its time in Spring's binding of names to
 * places, done again for every statement.
 */
@Component
public class ProjectionWrites {

    private static final String QUEUE = ProjectionWrites.class.getName() + ".queue";

    private record Queued(StatementText text, Object[] values) {
    }

    /** What a batch has to send: statements in the order queued, then the latest of each keyed statement. */
    private static final class Queue {
        final List<Queued> inOrder = new ArrayList<>();
        final Map<String, Queued> latestByKey = new LinkedHashMap<>();
    }

    private final JdbcTemplate jdbc;

    ProjectionWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc.getJdbcTemplate();
    }

    public Statement sql(String sql) {
        return new Statement(sql);
    }

    /** Sends whatever this batch has queued. */
    public void flush() {
        Queue queue = queueIfBatching(false);
        if (queue != null) {
            sendAll(queue);
        }
    }

    private void sendAll(Queue queue) {
        send(queue.inOrder);
        send(new ArrayList<>(queue.latestByKey.values()));
        queue.inOrder.clear();
        queue.latestByKey.clear();
    }

    private void send(List<Queued> queued) {
        List<StatementSchedule.Statement> statements = queued.stream()
                .map(q -> new StatementSchedule.Statement(q.text().sql(), Arrays.asList(q.values()))).toList();
        for (List<Integer> batch : StatementSchedule.of(statements)) {
            StatementText text = queued.get(batch.get(0)).text();
            if (batch.size() == 1) {
                jdbc.update(text.positional(), ps -> text.bind(ps, queued.get(batch.get(0)).values()));
            } else {
                jdbc.batchUpdate(text.positional(), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                        text.bind(ps, queued.get(batch.get(i)).values());
                    }

                    @Override
                    public int getBatchSize() {
                        return batch.size();
                    }
                });
            }
        }
    }

    private void send(Queued statement, String key) {
        Queue queue = queueIfBatching(true);
        if (queue == null) {
            jdbc.update(statement.text().positional(), ps -> statement.text().bind(ps, statement.values()));
        } else if (key == null) {
            queue.inOrder.add(statement);
        } else {
            queue.latestByKey.remove(key);
            queue.latestByKey.put(key, statement);
        }
    }

    private Queue queueIfBatching(boolean create) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        UnitOfWork<?> root = batch.root();
        if (!create) {
            return root.getResource(QUEUE);
        }
        return root.getOrComputeResource(QUEUE, key -> {
            Queue queue = new Queue();
            // The queue itself, not a lookup: when the hook runs, the batch may no longer be current.
            root.onPrepareCommit(u -> sendAll(queue));
            return queue;
        });
    }

    /** One statement with its named parameters, sent by {@link #update()}. */
    public final class Statement {

        private final StatementText text;
        private final Object[] values;

        private Statement(String sql) {
            this.text = StatementText.of(sql);
            this.values = text.unset();
        }

        /** @throws IllegalArgumentException if the text has no parameter of that name */
        public Statement param(String name, Object value) {
            // PostgreSQL text holds no NUL. The write side refuses them, but an event recorded before it
            // did must not stop the projection for every record after it: shown as U+FFFD instead.
            values[text.indexOf(name)] = value instanceof String[] texts ? Arrays.stream(texts).map(Statement::withoutNul).toArray(String[]::new)
                    : value instanceof String text ? withoutNul(text) : value;
            return this;
        }

        private static String withoutNul(String text) {
            return text != null && text.indexOf('\u0000') >= 0 ? text.replace('\u0000', '\uFFFD') : text;
        }

        /** @throws IllegalArgumentException if a parameter of the text was given no value */
        public void update() {
            send(queued(), null);
        }

        /**
         * Sends the statement after the rest of the batch, and of the statements queued under the
         * same key in the batch only the last: for a statement that only ever moves a value forward
         * (a record's version), whose earlier sendings the later one makes redundant, and which no
         * handler reads back within the batch.
         */
        public void updateLatestOnly(String key) {
            send(queued(), key);
        }

        private Queued queued() {
            text.requireAllSet(values);
            return new Queued(text, values.clone());
        }
    }
}
