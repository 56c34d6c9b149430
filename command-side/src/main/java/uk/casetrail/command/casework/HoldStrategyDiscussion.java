package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.protection.StrategyDecision;
import java.time.LocalDate;

/** Record a strategy discussion and its decision on a section 47 enquiry. */
public record HoldStrategyDiscussion(@TargetAggregateIdentifier CaseId caseId,
        StrategyDiscussionId discussionId, LocalDate heldOn, StrategyDecision decision) {
}
