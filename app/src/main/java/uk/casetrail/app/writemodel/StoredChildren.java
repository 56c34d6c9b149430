package uk.casetrail.app.writemodel;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.command.casework.RegisteredChildren;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRecordRestricted;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.ids.ChildId;

import java.time.LocalDate;

/**
 * A child is registered when its stream in the event store opens with ChildRegistered. Read from
 * the event store (not a projection), inside the command's transaction, so it is never stale: a
 * restriction binds the child's cases from the moment it is acknowledged, on every node.
 */
class StoredChildren implements RegisteredChildren {

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    StoredChildren(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    @Override
    public boolean contains(ChildId childId) {
        DomainEventStream stream = eventStore.readEvents(childId.toString(), 0);
        return stream.hasNext() && stream.peek().getPayloadType().equals(ChildRegistered.class);
    }

    /**
     * Unborn before the recorded date of birth; with none recorded, before the expected date only: a child
     * expected weeks ago whose birth is not yet recorded is taken as born, and must be seen.
     */
    @Override
    public boolean unbornOn(ChildId childId, LocalDate date) {
        LocalDate bornOn = null;
        LocalDate expectedOn = null;
        DomainEventStream stream = eventStore.readEvents(childId.toString(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ChildRegistered registered) {
                bornOn = registered.dateOfBirth();
                expectedOn = registered.expectedDateOfBirth();
            } else if (event instanceof ChildDetailsCorrected corrected && corrected.field() == ChildDetail.DATE_OF_BIRTH) {
                bornOn = date(corrected.value());
            } else if (event instanceof ChildDetailsCorrected corrected && corrected.field() == ChildDetail.EXPECTED_DATE_OF_BIRTH) {
                expectedOn = date(corrected.value());
            }
        }
        LocalDate birth = bornOn != null ? bornOn : expectedOn;
        return birth != null && birth.isAfter(date);
    }

    /**
     * The child's latest restriction in the log decides (a restriction is replaced, never lifted). Asked on
     * every command on a case, so one statement reading only the restriction, not the child's whole stream.
     */
    @Override
    public boolean restrictedAgainst(ChildId childId, String user) {
        return jdbc.sql("""
                        SELECT NOT (convert_from(payload, 'UTF8')::jsonb -> 'namedUsers' @> to_jsonb(?::text))
                        FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?
                        ORDER BY sequence_number DESC LIMIT 1""")
                .param(user).param(childId.toString()).param(ChildRecordRestricted.class.getName())
                .query(Boolean.class).optional().orElse(false);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
