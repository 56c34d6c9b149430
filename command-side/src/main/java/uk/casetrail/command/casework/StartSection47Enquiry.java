package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.EnquiryId;
import java.time.LocalDate;

/** Start the section 47 enquiry that a strategy discussion decided. */
public record StartSection47Enquiry(@TargetAggregateIdentifier CaseId caseId,
        EnquiryId enquiryId, LocalDate startedOn) {
}
