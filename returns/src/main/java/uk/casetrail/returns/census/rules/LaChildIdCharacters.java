package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1580: an LA child id is letters and digits only (2024 to 2025 onwards). */
final class LaChildIdCharacters extends ChildRule {

    LaChildIdCharacters() {
        super("1580", "laChildId", "LA Child ID must not contain any non-alphanumeric characters");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String id = child.identifiers().laChildId();
        return id != null && !id.isEmpty() && !id.chars().allMatch(Character::isLetterOrDigit);
    }
}
