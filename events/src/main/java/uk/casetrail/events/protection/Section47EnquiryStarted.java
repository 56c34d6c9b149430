package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.EnquiryId;
import uk.casetrail.events.ids.StrategyDiscussionId;
import java.time.LocalDate;

/** A section 47 enquiry started, following the strategy discussion that decided it. */
@Revision("1")
public record Section47EnquiryStarted(
        CaseId caseId,
        EnquiryId enquiryId,
        StrategyDiscussionId discussionId,
        LocalDate startedOn
) implements CaseEvent {
}
