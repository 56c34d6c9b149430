package uk.casetrail.events.protection;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.EnquiryId;
import java.time.LocalDate;

/** A section 47 enquiry concluded, deciding whether an initial child protection conference is required. */
@Revision("1")
public record Section47EnquiryConcluded(
        CaseId caseId,
        EnquiryId enquiryId,
        LocalDate concludedOn,
        boolean icpcRequired
) implements CaseEvent {
}
