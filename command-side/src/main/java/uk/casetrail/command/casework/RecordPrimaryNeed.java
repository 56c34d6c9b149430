package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.ids.CaseId;

/** Record, or correct, the primary need of a case's referral after the decision on it. */
public record RecordPrimaryNeed(@TargetAggregateIdentifier CaseId caseId, PrimaryNeed primaryNeed, String reason) {
}
