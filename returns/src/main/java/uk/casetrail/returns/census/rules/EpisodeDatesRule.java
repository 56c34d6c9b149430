package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/** A rule about some dates of an episode: broken when any of them, where given, is out of place. */
abstract class EpisodeDatesRule extends EpisodeRule {

    EpisodeDatesRule(String code, String field, String message) {
        super(code, field, message);
    }

    /** The dates of the episode the rule is about. */
    abstract Stream<LocalDate> dates(ReturnedChild.CinDetails episode);

    abstract boolean outOfPlace(LocalDate date, ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year);

    @Override
    final boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return dates(episode).filter(Objects::nonNull).anyMatch(d -> outOfPlace(d, episode, child, year));
    }
}
