package uk.casetrail.events.involvement;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.CaseEvent;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.InvolvementId;
import java.time.LocalDate;

/** A partner agency is working with the child, through a named practitioner, from a date. */
@Revision("1")
public record AgencyInvolvementRecorded(
        CaseId caseId,
        InvolvementId involvementId,
        String agency,
        String practitioner,
        String role,
        LocalDate from
) implements CaseEvent {
}
