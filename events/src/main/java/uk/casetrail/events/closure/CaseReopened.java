package uk.casetrail.events.closure;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import java.time.LocalDate;

/** A closed case was reopened; work may be recorded on it again. */
@Revision("1")
public record CaseReopened(
        CaseId caseId,
        LocalDate reopenedOn,
        String reason
) implements CaseEvent {
}
