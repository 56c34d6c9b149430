package uk.casetrail.events.referral;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.ids.CaseId;

/**
 * A referral's primary need, recorded after the decision: left out then, or corrected. The census needs one
 * for every referral (rule 8610), and the decision, once made, is not made again.
 */
@Revision("1")
public record PrimaryNeedRecorded(
        CaseId caseId,
        PrimaryNeed primaryNeed,
        String reason
) implements CaseEvent {
}
