package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** A rule that nothing of one kind on an episode is dated after the child's recorded death. */
abstract class AfterDeath extends EpisodeDatesRule {

    AfterDeath(String code, String message) {
        super(code, "dateOfDeath", message);
    }

    @Override
    final boolean outOfPlace(LocalDate date, ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        LocalDate death = child.identifiers().deathDate();
        return death != null && date.isAfter(death);
    }
}
