package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.PlanId;
import java.time.LocalDate;

/** End a child in need plan. */
public record EndChildInNeedPlan(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        PlanId planId, LocalDate endedOn) {
}
