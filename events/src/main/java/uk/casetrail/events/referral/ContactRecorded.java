package uk.casetrail.events.referral;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.codes.ReferralSource;
import java.time.Instant;

/** Children's services received a contact about the child; this opens a case. The receiving team holds the case until it is allocated. */
@Revision("1")
public record ContactRecorded(
        CaseId caseId,
        ChildId childId,
        Instant contactReceivedAt,
        ReferralSource referralSource,
        String summary,
        String receivingTeam
) implements CaseEvent {
}
