package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8620: an episode in this return that closed, closed in this census year. */
final class ClosureOutsideYear extends EpisodeRule {

    ClosureOutsideYear() {
        super("8620", "closedOn", "CIN Closure Date present and does not fall within the Census year");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.closureDate() != null && !year.contains(episode.closureDate());
    }
}
