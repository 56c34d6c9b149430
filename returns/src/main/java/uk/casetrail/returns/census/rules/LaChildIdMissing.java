package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8500: every child needs the authority's own id. */
final class LaChildIdMissing extends ChildRule {

    LaChildIdMissing() {
        super("8500", "laChildId", "LA Child ID missing");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return child.identifiers().laChildId() == null || child.identifiers().laChildId().isBlank();
    }
}
