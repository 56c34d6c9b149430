package uk.casetrail.command.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.EnquiryId;
import java.time.LocalDate;

/** Conclude a section 47 enquiry, saying whether an initial conference is required. */
public record ConcludeSection47Enquiry(@TargetAggregateIdentifier CaseId caseId,
        EnquiryId enquiryId, LocalDate concludedOn, boolean icpcRequired) {
}
