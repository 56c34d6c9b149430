package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** 8530Q: an expected date of birth lies between 30 days before and nine months after the reference date. */
final class ExpectedBirthOutOfRange extends ChildRule {

    ExpectedBirthOutOfRange() {
        super("8530Q", "expectedDateOfBirth", "Please check: Expected Date of Birth is outside the expected range "
                + "for this census (March to December of the Census Year end)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        LocalDate expected = child.identifiers().expectedBirthDate();
        return expected != null && (!expected.isAfter(year.referenceDate().minusDays(30))
                || !expected.isBefore(year.referenceDate().plusMonths(9)));
    }
}
