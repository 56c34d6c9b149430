package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.List;

/** 8790: a child recorded with disability NONE has no other disability. */
final class NoDisabilityStandsAlone extends ChildRule {

    NoDisabilityStandsAlone() {
        super("8790", "disabilities", "Disability information includes both None and other values");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        List<String> disabilities = child.characteristics().disabilities();
        return disabilities.contains("NONE") && disabilities.size() > 1;
    }
}
