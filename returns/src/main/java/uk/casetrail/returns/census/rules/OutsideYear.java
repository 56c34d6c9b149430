package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** A rule that the dates of one kind on an episode, where given, fall within the census year. */
abstract class OutsideYear extends EpisodeDatesRule {

    OutsideYear(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    final boolean outOfPlace(LocalDate date, ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return !year.contains(date);
    }
}
