package uk.casetrail.app.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique violation (SQLState 23505) on an aggregate's (id, sequence number)
 * as two writers racing for the same version of a case. Axon's default resolver only knows
 * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws, so
 * without this a concurrent write would surface as an internal error instead of a conflict.
 */
public class DuplicateAggregateSequenceResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";
    static final String AGGREGATE_SEQUENCE_CONSTRAINT = "domain_event_entry_aggregate_sequence";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isAggregateSequenceViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAggregateSequenceViolation(SQLException exception) {
        // A batch insert reports the failing statement as the "next" exception of the batch.
        for (SQLException e = exception; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && onAggregateSequence(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onAggregateSequence(SQLException e) {
        if (e instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            if (message != null && message.getConstraint() != null) {
                return AGGREGATE_SEQUENCE_CONSTRAINT.equals(message.getConstraint());
            }
        }
        return String.valueOf(e.getMessage()).contains(AGGREGATE_SEQUENCE_CONSTRAINT);
    }
}
