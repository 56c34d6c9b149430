package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import java.time.LocalDate;

/** Start a single assessment. */
public record StartAssessment(@TargetAggregateIdentifier CaseId caseId,
        AssessmentId assessmentId, LocalDate startedOn) {
}
