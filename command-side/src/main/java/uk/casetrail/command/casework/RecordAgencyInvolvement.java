package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.InvolvementId;
import java.time.LocalDate;

/** Record that a partner agency works with the child. */
public record RecordAgencyInvolvement(@TargetAggregateIdentifier CaseId caseId,
        InvolvementId involvementId, String agency, String practitioner,
        String role, LocalDate from) {
}
