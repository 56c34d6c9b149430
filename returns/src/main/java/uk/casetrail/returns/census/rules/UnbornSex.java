package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8750: an unborn child (an expected date of birth and no date of birth) has sex U. */
final class UnbornSex extends ChildRule {

    UnbornSex() {
        super("8750", "sex", "Sex must equal U for an unborn child");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        ReturnedChild.Identifiers id = child.identifiers();
        return id.birthDate() == null && id.expectedBirthDate() != null && !"U".equals(id.sex());
    }
}
