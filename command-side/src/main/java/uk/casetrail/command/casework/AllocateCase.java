package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;

/** Allocate the case to a worker in a team. */
public record AllocateCase(@TargetAggregateIdentifier CaseId caseId,
        String worker, String team) {
}
