package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.codes.ClosureReason;
import java.time.LocalDate;

/** Close the case with a census reason for closure. */
public record CloseCase(@TargetAggregateIdentifier CaseId caseId,
        LocalDate closedOn, ClosureReason reason) {
}
