package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.List;

/** A rule about the child's identifiers or characteristics: broken once or not at all. */
abstract class ChildRule extends CensusRule {

    ChildRule(String code, String field, String message) {
        super(code, field, message);
    }

    abstract boolean broken(ReturnedChild child, CensusYear year);

    @Override
    public final List<Breach> check(ReturnedChild child, CensusYear year) {
        return broken(child, year) ? List.of(new Breach(null)) : List.of();
    }
}
