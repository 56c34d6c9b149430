package uk.casetrail.events.childinneed;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.PlanId;
import java.time.LocalDate;

/** A child in need plan started. */
@Revision("1")
public record ChildInNeedPlanStarted(
        CaseId caseId,
        PlanId planId,
        LocalDate startedOn
) implements CaseEvent {
}
