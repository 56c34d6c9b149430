package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;
import java.time.LocalDate;

/** Reopen a closed case, giving the reason. */
public record ReopenCase(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        LocalDate reopenedOn, String reason) {
}
