package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8520: a child born after the reference date cannot be in this year's return as born. */
final class BirthAfterCensusYear extends ChildRule {

    BirthAfterCensusYear() {
        super("8520", "dateOfBirth",
                "Date of Birth is after data collection period (must be on or before the end of the census period)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return child.identifiers().birthDate() != null && child.identifiers().birthDate().isAfter(year.referenceDate());
    }
}
