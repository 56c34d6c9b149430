package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.codes.AbuseCategory;
import java.time.LocalDate;

/** A child protection conference (initial or review) was held; category is the category of abuse it set, if any. */
@Revision("1")
public record ConferenceHeld(
        CaseId caseId,
        ConferenceId conferenceId,
        ConferenceKind kind,
        LocalDate heldOn,
        ConferenceDecision decision,
        AbuseCategory category
) implements CaseEvent {
}
