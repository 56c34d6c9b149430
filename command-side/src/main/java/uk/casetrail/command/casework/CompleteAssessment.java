package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.codes.Factor;
import java.time.LocalDate;
import java.util.List;

/** Complete an assessment with the census factors and an outcome; a late completion gives its reason. */
public record CompleteAssessment(@TargetAggregateIdentifier CaseId caseId,
        AssessmentId assessmentId, LocalDate completedOn, List<Factor> factors,
        AssessmentOutcome outcome, String lateReason) {
}
