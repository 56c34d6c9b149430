package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.HashSet;
import java.util.List;

/** 8794: no disability code is recorded twice for a child. */
final class RepeatedDisability extends ChildRule {

    RepeatedDisability() {
        super("8794", "disabilities", "Child has two or more disabilities with the same code");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        List<String> disabilities = child.characteristics().disabilities();
        return disabilities.size() > new HashSet<>(disabilities).size();
    }
}
