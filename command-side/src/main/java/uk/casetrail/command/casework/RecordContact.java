package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.codes.ReferralSource;
import java.time.Instant;

/** Record a contact about a registered child; it opens a case held by the receiving team. */
public record RecordContact(@TargetAggregateIdentifier CaseId caseId, ChildId childId, Instant contactReceivedAt,
        ReferralSource referralSource, String summary, String receivingTeam) {
}
