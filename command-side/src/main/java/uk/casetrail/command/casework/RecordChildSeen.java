package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.AssessmentId;
import java.time.LocalDate;

/** Record that the child was seen for the assessment. */
public record RecordChildSeen(@TargetAggregateIdentifier CaseId caseId,
        AssessmentId assessmentId, LocalDate seenOn, boolean seenAlone) {
}
