package uk.casetrail.events.assessment;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.codes.Factor;
import java.time.LocalDate;
import java.util.List;

/** The assessment was completed with the factors identified and an outcome; lateReason explains a completion after the due date. */
@Revision("1")
public record AssessmentCompleted(
        CaseId caseId,
        AssessmentId assessmentId,
        LocalDate completedOn,
        List<Factor> factors,
        AssessmentOutcome outcome,
        String lateReason
) implements CaseEvent {

    public AssessmentCompleted {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
