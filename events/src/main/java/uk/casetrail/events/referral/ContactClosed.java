package uk.casetrail.events.referral;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import java.time.Instant;

/** The decision on the contact: no referral (no further action, or early help). The case is closed. */
@Revision("1")
public record ContactClosed(
        CaseId caseId,
        Instant decidedAt,
        ReferralDecision decision,
        String rationale
) implements CaseEvent {
}
