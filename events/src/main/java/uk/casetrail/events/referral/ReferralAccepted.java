package uk.casetrail.events.referral;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.codes.PrimaryNeed;
import java.time.Instant;
import java.time.LocalDate;

/** The decision on the contact: it becomes a referral. The referral date is the day the contact was received (the census's CIN referral date), from which the assessment clock runs. */
@Revision("1")
public record ReferralAccepted(
        CaseId caseId,
        Instant decidedAt,
        LocalDate referralDate,
        PrimaryNeed primaryNeed,
        String rationale
) implements CaseEvent {
}
