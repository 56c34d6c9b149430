package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;

/** Allocate the case to a worker in a team. */
public record AllocateCase(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        String worker, String team) {
}
