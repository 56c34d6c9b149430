package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import java.time.LocalDate;

/** Start a single assessment. */
public record StartAssessment(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        AssessmentId assessmentId, LocalDate startedOn) {
}
