package uk.casetrail.app.synthetic;

import org.axonframework.eventhandling.DomainEventMessage;
import uk.casetrail.events.closure.CaseClosed;
import uk.casetrail.events.closure.CaseReopened;
import uk.casetrail.events.referral.ContactClosed;
import uk.casetrail.events.referral.ContactRecorded;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of an authority's record that is history: its closed cases (a contact closed at the
 * decision, or a case closed after work, not reopened since) and the children they belong to. An
 * authority's log grows mostly by history: the children it works with now are about as many next
 * year, while everything closed stays in the log for good. So copies of it make a long log of the
 * same authority, with the same people on its caseloads and the same children on its register.
 */
final class AuthorityHistory {

    private AuthorityHistory() {
    }

    /** The streams, in their order, less the open cases and the children with no closed case. */
    static List<List<DomainEventMessage<?>>> of(List<List<DomainEventMessage<?>>> streams) {
        Set<String> childrenWithHistory = new HashSet<>();
        Set<String> openCases = new HashSet<>();
        for (List<DomainEventMessage<?>> stream : streams) {
            if (stream.get(0).getPayload() instanceof ContactRecorded contact) {
                if (closed(stream)) {
                    childrenWithHistory.add(contact.childId().value().toString());
                } else {
                    openCases.add(stream.get(0).getAggregateIdentifier());
                }
            }
        }
        return streams.stream().filter(stream -> {
            String aggregate = stream.get(0).getAggregateIdentifier();
            boolean isCase = stream.get(0).getPayload() instanceof ContactRecorded;
            return isCase ? !openCases.contains(aggregate) : childrenWithHistory.contains(aggregate);
        }).toList();
    }

    private static boolean closed(List<DomainEventMessage<?>> caseStream) {
        boolean closed = false;
        for (DomainEventMessage<?> event : caseStream) {
            Object payload = event.getPayload();
            if (payload instanceof CaseClosed || payload instanceof ContactClosed) {
                closed = true;
            } else if (payload instanceof CaseReopened) {
                closed = false;
            }
        }
        return closed;
    }
}
