package uk.casetrail.app.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

/** Reads the event store's table directly, to check what a request did or did not record. */
public final class EventTable {

    private final JdbcClient jdbc;

    public EventTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /** Events of the records themselves, leaving out the access log's (a refused write is audited, but records nothing). */
    public long countOfRecords() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%RecordAccessed'").query(Long.class).single();
    }

    public long countFor(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    /** payload type (simple name), sequence number, recorded time, payload and metadata JSON, in order. */
    public List<Map<String, Object>> eventsOf(String aggregateId) {
        return jdbc.sql("""
                        SELECT regexp_replace(payload_type, '.*\\.', '') AS event, sequence_number, time_stamp,
                               convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS metadata
                        FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(aggregateId).query().listOfRows();
    }

    /** The latest access audit event (RecordAccessed) as stored. */
    public JsonNode lastAccessEvent() {
        String payload = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE payload_type LIKE '%RecordAccessed' ORDER BY global_index DESC LIMIT 1""")
                .query(String.class).single();
        try {
            return new ObjectMapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
