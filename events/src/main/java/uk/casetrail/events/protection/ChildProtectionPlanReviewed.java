package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.PlanId;
import uk.casetrail.events.ids.ConferenceId;
import uk.casetrail.events.codes.AbuseCategory;
import java.time.LocalDate;

/** A review conference continued the plan; the category is the plan's latest category after the review. */
@Revision("1")
public record ChildProtectionPlanReviewed(
        CaseId caseId,
        PlanId planId,
        ConferenceId conferenceId,
        LocalDate reviewedOn,
        AbuseCategory category
) implements CaseEvent {
}
