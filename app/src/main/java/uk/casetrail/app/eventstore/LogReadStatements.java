package uk.casetrail.app.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * How the processors read the log after a position: Axon's statements, rewritten so that PostgreSQL
 * plans them once per connection, and so that a read at the head of the log is one statement.
 * <p>
 * Axon compares the position with the values given, and PostgreSQL planned that again at every call:
 * to estimate a range at the end of the primary key it looks the key's last entries up, and at the
 * head of a log being appended to that cost seven times the query itself (0.15 ms against 0.02 ms),
 * two or three times for every event appended, every audited read included. Given as sub-selects, the
 * values are unknown to the planner, so it makes a generic plan (the primary key in order) and keeps it;
 * the limit too, or on a long log the planner, seeing a limit given as a value, plans at every call.
 * The gaps are given as one array, so the statement's text no longer changes with their number.
 * <p>
 * Axon reads a window of positions (the next thousand), so a gap wider than the window would look like
 * the end of the log; it therefore asks, whenever a window comes back empty, where the next event is,
 * and most reads at the head of the log come back empty. These statements read the next thousand
 * events instead, however far apart, so an empty answer is the end of the log and needs no second
 * question (the event store is built with that check off).
 */
final class LogReadStatements {

    private LogReadStatements() {
    }

    /** The next events after the position, as many as a batch. */
    static PreparedStatement withoutGaps(Connection connection, EventSchema schema, long position, int batchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(next(schema));
        statement.setLong(1, position);
        statement.setInt(2, batchSize);
        return statement;
    }

    /** As {@link #withoutGaps}, after the events that have since filled the gaps below the position. */
    static PreparedStatement withGaps(Connection connection, EventSchema schema, long position, int batchSize,
                                      List<Long> gaps) throws SQLException {
        String index = schema.globalIndexColumn();
        PreparedStatement statement = connection.prepareStatement("SELECT " + schema.trackedEventFields()
                + " FROM " + schema.domainEventTable() + " WHERE " + index + " = ANY((SELECT ?::bigint[])::bigint[])"
                + " UNION ALL SELECT * FROM (" + next(schema) + ") after_position"
                + " ORDER BY " + index + " ASC LIMIT (SELECT ?::int)");
        statement.setArray(1, connection.createArrayOf("bigint", gaps.toArray()));
        statement.setLong(2, position);
        statement.setInt(3, batchSize);
        statement.setInt(4, batchSize);
        return statement;
    }

    private static String next(EventSchema schema) {
        String index = schema.globalIndexColumn();
        return "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE " + index + " > (SELECT ?::bigint) ORDER BY " + index + " ASC LIMIT (SELECT ?::int)";
    }
}
