package uk.casetrail.app.eventstore;

import org.axonframework.common.IdentifierFactory;
import uk.casetrail.events.ids.TimeOrderedIds;

/**
 * The identifiers Axon gives its messages, events among them, made time-ordered ({@link TimeOrderedIds})
 * so that the event table's indexes on them grow at their right edge. An access event is stored with
 * its own identifier as its aggregate, so every audited read inserts it into three such indexes.
 * Axon finds this factory through META-INF/services.
 */
public class TimeOrderedIdentifiers extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return TimeOrderedIds.next().toString();
    }
}
