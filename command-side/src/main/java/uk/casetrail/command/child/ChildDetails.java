package uk.casetrail.command.child;

import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.Required;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.codes.CensusCode;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;
import uk.casetrail.events.identity.NhsNumber;
import uk.casetrail.events.identity.Upn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What we know of a child's identity and characteristics, checked as a whole: registration checks
 * it, and a correction checks the details as they would be after the correction.
 */
public record ChildDetails(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                           Sex sex, Ethnicity ethnicity, NhsNumber nhsNumber, Upn upn,
                           UpnUnknownReason upnUnknownReason, Upn formerUpn, LocalDate dateOfDeath,
                           List<Disability> disabilities) {

    public ChildDetails {
        givenName = Required.optionalText(givenName);
        familyName = Required.optionalText(familyName);
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }

    void check(Today today) {
        Required.text("givenName", givenName);
        Required.text("familyName", familyName);
        if (dateOfBirth == null && expectedDateOfBirth == null) {
            throw new InvalidEntry("dateOfBirth", "give a date of birth, or an expected date of birth for an unborn child");
        }
        if (dateOfBirth != null) {
            today.requireNotFuture("dateOfBirth", dateOfBirth);
        } else if (sex != null && sex != Sex.UNKNOWN) {
            throw new InvalidEntry("sex", "an unborn child's sex is recorded as U (not known)");
        }
        if (upn != null && upnUnknownReason != null) {
            throw new InvalidEntry("upnUnknownReason", "give a UPN or a reason why it is unknown, not both");
        }
        if (dateOfDeath != null) {
            today.requireNotFuture("dateOfDeath", dateOfDeath);
            if (dateOfBirth != null && dateOfDeath.isBefore(dateOfBirth)) {
                throw new InvalidEntry("dateOfDeath", "the date of death is before the date of birth");
            }
        }
        if (new HashSet<>(disabilities).size() != disabilities.size()) {
            throw new InvalidEntry("disabilities", "each disability is listed once");
        }
        if (disabilities.contains(Disability.NONE) && disabilities.size() > 1) {
            throw new InvalidEntry("disabilities", "NONE stands alone: it cannot be listed with a disability");
        }
    }

    /** The value of one detail as text, as a correction event records it. */
    String textOf(ChildDetail detail) {
        Object value = components()[detail.ordinal()];
        if (value instanceof List<?> codes) {
            return codes.isEmpty() ? null
                    : codes.stream().map(c -> ((CensusCode) c).code()).collect(Collectors.joining(","));
        }
        if (value instanceof CensusCode code) {
            return code.code();
        }
        return value == null ? null : value.toString();
    }

    /** These details with one detail replaced by a value given as text; null or blank text clears it. */
    ChildDetails with(ChildDetail detail, String text) {
        String v = Required.optionalText(text);
        Object parsed;
        try {
            parsed = v == null ? null : switch (detail) {
                case GIVEN_NAME, FAMILY_NAME -> v;
                case DATE_OF_BIRTH, EXPECTED_DATE_OF_BIRTH, DATE_OF_DEATH -> LocalDate.parse(v);
                case SEX -> Sex.fromCode(v);
                case ETHNICITY -> Ethnicity.fromCode(v);
                case NHS_NUMBER -> NhsNumber.of(v);
                case UPN, FORMER_UPN -> Upn.of(v);
                case UPN_UNKNOWN_REASON -> UpnUnknownReason.fromCode(v);
                case DISABILITIES -> Arrays.stream(v.split(",")).map(String::strip).map(Disability::fromCode).toList();
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidEntry("value", "not a valid " + detail.fieldName() + ": " + e.getMessage());
        }
        Object[] values = components();
        values[detail.ordinal()] = parsed;
        return fromComponents(values);
    }

    // In the order of ChildDetail, so that a detail's ordinal finds its component.
    private Object[] components() {
        return new Object[]{givenName, familyName, dateOfBirth, expectedDateOfBirth, sex, ethnicity, nhsNumber, upn,
                upnUnknownReason, formerUpn, dateOfDeath, disabilities};
    }

    @SuppressWarnings("unchecked")
    private static ChildDetails fromComponents(Object[] v) {
        return new ChildDetails((String) v[0], (String) v[1], (LocalDate) v[2], (LocalDate) v[3], (Sex) v[4],
                (Ethnicity) v[5], (NhsNumber) v[6], (Upn) v[7], (UpnUnknownReason) v[8], (Upn) v[9], (LocalDate) v[10],
                (List<Disability>) v[11]);
    }
}
