package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.EnquiryId;
import java.time.LocalDate;

/** Start the section 47 enquiry that a strategy discussion decided. */
public record StartSection47Enquiry(@TargetAggregateIdentifier CaseId caseId, @TargetAggregateVersion Long expectedVersion,
        EnquiryId enquiryId, LocalDate startedOn) {
}
