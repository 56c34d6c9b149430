package uk.casetrail.query.projecting;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * How projections write their tables. A processor handles the log in batches, each in one
 * transaction; a statement issued while handling a batch is queued, and the queue is sent when the
 * batch commits, in order, consecutive statements of the same text as one JDBC batch. So a replay of
 * the log costs a round trip per batch rather than per statement, and what is written, and in which
 * order, is exactly what it was. Outside a processor's batch a statement runs at once. A handler that
 * reads its projection's tables calls {@link #flush()} first, so it sees the batch's own writes.
 */
@Component
public class ProjectionWrites {

    private static final String QUEUE = ProjectionWrites.class.getName() + ".queue";

    private record Queued(String sql, SqlParameterSource params) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ProjectionWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Statement sql(String sql) {
        return new Statement(sql);
    }

    /** Sends whatever this batch has queued. */
    public void flush() {
        List<Queued> queue = queueIfBatching(false);
        if (queue != null) {
            sendAll(queue);
        }
    }

    private void sendAll(List<Queued> queue) {
        int from = 0;
        while (from < queue.size()) {
            int to = from + 1;
            while (to < queue.size() && queue.get(to).sql().equals(queue.get(from).sql())) {
                to++;
            }
            if (to - from == 1) {
                jdbc.update(queue.get(from).sql(), queue.get(from).params());
            } else {
                jdbc.batchUpdate(queue.get(from).sql(),
                        queue.subList(from, to).stream().map(Queued::params).toArray(SqlParameterSource[]::new));
            }
            from = to;
        }
        queue.clear();
    }

    private void send(String sql, MapSqlParameterSource params) {
        List<Queued> queue = queueIfBatching(true);
        if (queue == null) {
            jdbc.update(sql, params);
        } else {
            queue.add(new Queued(sql, params));
        }
    }

    private List<Queued> queueIfBatching(boolean create) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        UnitOfWork<?> root = batch.root();
        if (!create) {
            return root.getResource(QUEUE);
        }
        return root.getOrComputeResource(QUEUE, key -> {
            List<Queued> queue = new ArrayList<>();
            // The queue itself, not a lookup: when the hook runs, the batch may no longer be current.
            root.onPrepareCommit(u -> sendAll(queue));
            return queue;
        });
    }

    /** One statement with its named parameters, sent by {@link #update()}. */
    public final class Statement {

        private final String sql;
        private final MapSqlParameterSource params = new MapSqlParameterSource();

        private Statement(String sql) {
            this.sql = sql;
        }

        public Statement param(String name, Object value) {
            params.addValue(name, value);
            return this;
        }

        public void update() {
            send(sql, params);
        }
    }
}
