package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.Set;

/**
 * 8770Q: a child of school age with a referral that went on to further action has a UPN or a reason UN2 to
 * UN7 for having none (2024 to 2025 onwards).
 */
final class UpnMissingAtSchoolAge extends ChildRule {

    /** UN1 (over compulsory school age) cannot explain a school-age child's missing UPN; nor can UN8 to UN10. */
    private static final Set<String> SCHOOL_AGE_REASONS = Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    UpnMissingAtSchoolAge() {
        super("8770Q", "upn", "Please check and either amend data or provide a reason: UPN is missing or "
                + "reason UPN is missing or is UN1 for a child who is of school age.");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        ReturnedChild.Identifiers id = child.identifiers();
        // Of school age: four by the first 31 August from the reference date, so at school that September.
        LocalDate august = year.referenceDate().withMonth(8).withDayOfMonth(31);
        LocalDate bornBy = (august.isBefore(year.referenceDate()) ? august.plusYears(1) : august).minusYears(4);
        return id.birthDate() != null && !id.birthDate().isAfter(bornBy)
                && child.episodes().stream().anyMatch(e -> !e.referralNfa())
                && id.upn() == null && (id.upnUnknown() == null || !SCHOOL_AGE_REASONS.contains(id.upnUnknown()));
    }
}
