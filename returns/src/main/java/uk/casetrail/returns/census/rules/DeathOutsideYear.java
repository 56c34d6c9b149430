package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8545Q: a child who died and is in this year's return died in the census year. */
final class DeathOutsideYear extends ChildRule {

    DeathOutsideYear() {
        super("8545Q", "dateOfDeath", "Please check: Child's date of death should be within the census year");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return child.identifiers().deathDate() != null && !year.contains(child.identifiers().deathDate());
    }
}
