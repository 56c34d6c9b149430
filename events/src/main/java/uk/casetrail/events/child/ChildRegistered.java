package uk.casetrail.events.child;

import org.axonframework.serialization.Revision;
import uk.casetrail.events.ChildEvent;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.identity.NhsNumber;
import uk.casetrail.events.identity.Upn;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.UpnUnknownReason;
import java.time.LocalDate;
import java.util.List;

/** A child became known to the authority. Either a date of birth or, for an unborn child, an expected date of birth is given. */
@Revision("1")
public record ChildRegistered(
        ChildId childId,
        LaChildId laChildId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        Sex sex,
        Ethnicity ethnicity,
        NhsNumber nhsNumber,
        Upn upn,
        UpnUnknownReason upnUnknownReason,
        Upn formerUpn,
        LocalDate dateOfDeath,
        List<Disability> disabilities
) implements ChildEvent {

    public ChildRegistered {
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }
}
