package uk.casetrail.query.reading;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An event's position in the global order of the log, read from the log itself. A processor's
 * tracking token is not that position: a batch may hand every event its last token. A processor
 * handling a batch asks once for the positions of the whole batch, not once per event.
 */
@Component
public class EventPositions {

    private static final String BATCH_POSITIONS = EventPositions.class.getName() + ".batch";

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long of(EventMessage<?> event) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) {
            // getMessages() copies the batch: asked once per batch, not once per event.
            Map<String, Long> batchPositions = batch.root().getResource(BATCH_POSITIONS);
            boolean alone = batch.isFirstMessage() && batch.isLastMessage();
            if (batchPositions == null && !alone) {
                batchPositions = positions(batch.getMessages());
                batch.root().resources().put(BATCH_POSITIONS, batchPositions);
            }
            Long known = batchPositions == null ? null : batchPositions.get(event.getIdentifier());
            if (known != null) {
                return known;
            }
        }
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(event.getIdentifier()).query(Long.class).single();
    }

    /**
     * For a batch read straight from the log, where each event's token is its own position: the
     * batch's events are not looked up again.
     */
    public void rememberReadFromLog(List<? extends TrackedEventMessage<?>> batch) {
        Map<String, Long> known = new HashMap<>();
        for (TrackedEventMessage<?> event : batch) {
            event.trackingToken().position().ifPresent(position -> known.put(event.getIdentifier(), position));
        }
        CurrentUnitOfWork.get().root().resources().put(BATCH_POSITIONS, known);
    }

    /** The position of the event that brought a record (a child's record or a case) to that version, once stored. */
    /**
     * Whether the record is the child's own or one of the child's cases, as the log itself says (the
     * read models may not know a new case yet): the first event of either names the child.
     */
    public boolean belongsTo(UUID record, UUID child) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'childId' = ?""")
                .param(record.toString()).param(child.toString()).query(Long.class).single() > 0;
    }

    /** The child a case is of, as the log itself says (its first event names the child), if there is such a case. */
    public Optional<UUID> childOfCase(UUID caseId) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'childId' FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0 AND type = 'Case'""")
                .param(caseId.toString()).query(String.class).optional().map(UUID::fromString);
    }

    public OptionalLong ofVersion(UUID record, long version) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
                .param(record.toString()).param(version).query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private Map<String, Long> positions(List<? extends Message<?>> messages) {
        String[] ids = messages.stream().map(Message::getIdentifier).toArray(String[]::new);
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier = ANY(?)")
                .param(ids)
                .query(rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        return positions;
    }
}
