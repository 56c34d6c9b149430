package uk.casetrail.app.writemodel;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.casetrail.command.casework.RegisteredChildren;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.ids.ChildId;

import java.time.LocalDate;

/**
 * A child is registered when its stream in the event store opens with ChildRegistered. Read from
 * the event store (not a projection), inside the command's transaction, so it is never stale.
 */
class StoredChildren implements RegisteredChildren {

    private final EventStore eventStore;

    StoredChildren(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean contains(ChildId childId) {
        DomainEventStream stream = eventStore.readEvents(childId.toString(), 0);
        return stream.hasNext() && stream.peek().getPayloadType().equals(ChildRegistered.class);
    }

    @Override
    public boolean unbornOn(ChildId childId, LocalDate date) {
        LocalDate bornOn = null;
        DomainEventStream stream = eventStore.readEvents(childId.toString(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ChildRegistered registered) {
                bornOn = registered.dateOfBirth();
            } else if (event instanceof ChildDetailsCorrected corrected && corrected.field() == ChildDetail.DATE_OF_BIRTH) {
                bornOn = corrected.value() == null ? null : LocalDate.parse(corrected.value());
            }
        }
        return bornOn == null || bornOn.isAfter(date);
    }
}
