package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import uk.casetrail.events.protection.StrategyDecision;
import java.time.LocalDate;

/** Record a strategy discussion and its decision on a section 47 enquiry. */
public record HoldStrategyDiscussion(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        StrategyDiscussionId discussionId, LocalDate heldOn, StrategyDecision decision) {
}
