package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.codes.AbuseCategory;
import java.time.LocalDate;

/** The child became subject to a child protection plan, decided at an initial conference. */
@Revision("1")
public record ChildProtectionPlanStarted(
        CaseId caseId,
        PlanId planId,
        ConferenceId conferenceId,
        LocalDate startedOn,
        AbuseCategory category
) implements CaseEvent {
}
