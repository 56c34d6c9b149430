package uk.casetrail.app.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * How the processors read the log after a position: Axon's statements, written so that PostgreSQL
 * plans them once per connection.
 * <p>
 * Axon compares the position with the values given, and PostgreSQL planned that again at every call:
 * to estimate a range at the end of the primary key it looks the key's last entries up, and at the
 * head of a log being appended to that cost seven times the query itself (0.15 ms against 0.02 ms),
 * two or three times for every event appended, every audited read included. Given as sub-selects, the
 * values are unknown to the planner, so it makes a generic plan (the primary key in order) and keeps it.
 * The gaps are given as one array, so the statement's text no longer changes with their number.
 */
final class LogReadStatements {

    private LogReadStatements() {
    }

    /** The events after the position, up to a batch of positions further on. */
    static PreparedStatement withoutGaps(Connection connection, EventSchema schema, long position, int batchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select(schema) + " WHERE " + range(schema)
                + " ORDER BY " + schema.globalIndexColumn() + " ASC");
        statement.setLong(1, position);
        statement.setLong(2, position + batchSize);
        return statement;
    }

    /** As {@link #withoutGaps}, and the events that have since filled the gaps below the position. */
    static PreparedStatement withGaps(Connection connection, EventSchema schema, long position, int batchSize,
                                      List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select(schema) + " WHERE " + range(schema)
                + " OR " + schema.globalIndexColumn() + " = ANY((SELECT ?::bigint[])::bigint[])"
                + " ORDER BY " + schema.globalIndexColumn() + " ASC");
        statement.setLong(1, position);
        statement.setLong(2, position + batchSize);
        statement.setArray(3, connection.createArrayOf("bigint", gaps.toArray()));
        return statement;
    }

    private static String select(EventSchema schema) {
        return "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable();
    }

    private static String range(EventSchema schema) {
        String position = schema.globalIndexColumn();
        return "(" + position + " > (SELECT ?::bigint) AND " + position + " <= (SELECT ?::bigint))";
    }
}
