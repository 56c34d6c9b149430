package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import java.time.LocalDate;

/** A strategy discussion was held and decided whether a section 47 enquiry is needed. */
@Revision("1")
public record StrategyDiscussionHeld(
        CaseId caseId,
        StrategyDiscussionId discussionId,
        LocalDate heldOn,
        StrategyDecision decision
) implements CaseEvent {
}
