package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.ConferenceId;
import java.time.LocalDate;

/** The child protection plan ended: at a review conference (conferenceId set), or because the case closed (conferenceId null). */
@Revision("1")
public record ChildProtectionPlanEnded(
        CaseId caseId,
        PlanId planId,
        ConferenceId conferenceId,
        LocalDate endedOn
) implements CaseEvent {
}
