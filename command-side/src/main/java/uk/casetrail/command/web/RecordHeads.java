package uk.casetrail.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The last event of a record in the log, in one statement: its number (the record's version) and the
 * kind of record it belongs to. An HTTP write checks both before its command; Axon's event store
 * would take two statements for it, the second reading the event whole.
 */
@Component
class RecordHeads {

    record Head(long version, String recordType) {
    }

    private final JdbcClient jdbc;

    RecordHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads within the caller's transaction, so under its lock on the record. */
    Optional<Head> of(String aggregateId) {
        return jdbc.sql("""
                        SELECT sequence_number, type FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(aggregateId)
                .query((row, n) -> new Head(row.getLong(1), row.getString(2)))
                .optional();
    }
}
