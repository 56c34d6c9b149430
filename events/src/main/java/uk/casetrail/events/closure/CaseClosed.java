package uk.casetrail.events.closure;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.codes.ClosureReason;
import java.time.LocalDate;

/** The case (CIN episode) closed with a census reason for closure. */
@Revision("1")
public record CaseClosed(
        CaseId caseId,
        LocalDate closedOn,
        ClosureReason reason
) implements CaseEvent {
}
