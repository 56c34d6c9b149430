package uk.casetrail.events.allocation;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;

/** The case was allocated to a worker in a team. */
@Revision("1")
public record CaseAllocated(
        CaseId caseId,
        String worker,
        String team
) implements CaseEvent {
}
