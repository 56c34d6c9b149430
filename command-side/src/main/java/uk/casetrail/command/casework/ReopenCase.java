package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import java.time.LocalDate;

/** Reopen a closed case, giving the reason. */
public record ReopenCase(@TargetAggregateIdentifier CaseId caseId,
        LocalDate reopenedOn, String reason) {
}
