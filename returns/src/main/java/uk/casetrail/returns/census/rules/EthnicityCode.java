package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4220: the child's ethnicity is given and is a code of the census's ethnicity table. */
final class EthnicityCode extends ChildRule {

    private static final CodeSet ETHNICITIES = CodeSet.of(Ethnicity.class);

    EthnicityCode() {
        super("4220", "ethnicity", "Ethnicity is missing or invalid (see Ethnicity table)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return !ETHNICITIES.contains(child.characteristics().ethnicity());
    }
}
