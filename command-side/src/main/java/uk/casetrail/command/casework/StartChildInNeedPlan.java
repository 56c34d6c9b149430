package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.PlanId;
import java.time.LocalDate;

/** Start a child in need plan. */
public record StartChildInNeedPlan(@TargetAggregateIdentifier CaseId caseId,
        PlanId planId, LocalDate startedOn) {
}
