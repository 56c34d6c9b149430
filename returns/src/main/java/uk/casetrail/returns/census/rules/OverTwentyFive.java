package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** 8775Q: a child over 25 at the reference date has no episode open past their 25th birthday. */
final class OverTwentyFive extends EpisodeRule {

    OverTwentyFive() {
        super("8775Q", "dateOfBirth", "Please check: Child is over 25 years old");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        LocalDate born = child.identifiers().birthDate();
        return born != null && born.isBefore(year.referenceDate().minusYears(25))
                && (episode.closureDate() == null || episode.closureDate().isAfter(born.plusYears(25)));
    }
}
