package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1570: an LA child id has at most 20 characters (2024 to 2025 onwards). */
final class LaChildIdTooLong extends ChildRule {

    LaChildIdTooLong() {
        super("1570", "laChildId", "LA Child ID must not be longer than 20 characters");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String id = child.identifiers().laChildId();
        return id != null && id.length() > 20;
    }
}
