package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;
import uk.casetrail.returns.census.ReturnedChild.Identifiers;

/** 8535Q: a child's date of death is on or after their date of birth. */
final class DeathBeforeBirth extends ChildRule {

    DeathBeforeBirth() {
        super("8535Q", "dateOfDeath", "Child’s date of death should not be prior to the date of birth");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        Identifiers id = child.identifiers();
        return id.deathDate() != null && id.birthDate() != null && id.deathDate().isBefore(id.birthDate());
    }
}
