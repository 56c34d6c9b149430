package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8525: a child has a date of birth or, unborn, an expected one: exactly one of them. */
final class BirthDateOrExpected extends ChildRule {

    BirthDateOrExpected() {
        super("8525", "dateOfBirth", "Either Date of Birth or Expected Date of Birth must be provided (but not both)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return (child.identifiers().birthDate() == null) == (child.identifiers().expectedBirthDate() == null);
    }
}
