package uk.casetrail.query.reading;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's position in the global order of the log, read from the log itself. A processor's
 * tracking token is not that position: a batch may hand every event its last token.
 */
@Component
public class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long of(EventMessage<?> event) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(event.getIdentifier()).query(Long.class).single();
    }
}
