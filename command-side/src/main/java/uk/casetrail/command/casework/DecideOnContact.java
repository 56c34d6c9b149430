package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.referral.ReferralDecision;
import uk.casetrail.events.codes.PrimaryNeed;
import java.time.Instant;

/** Decide what happens to a contact: a referral, no further action or early help. */
public record DecideOnContact(@TargetAggregateIdentifier CaseId caseId,
        ReferralDecision decision, Instant decidedAt, PrimaryNeed primaryNeed, String rationale) {
}
