package uk.casetrail.events.assessment;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import java.time.LocalDate;

/** The child was seen during the assessment (and whether alone). */
@Revision("1")
public record ChildSeen(
        CaseId caseId,
        AssessmentId assessmentId,
        LocalDate seenOn,
        boolean seenAlone
) implements CaseEvent {
}
