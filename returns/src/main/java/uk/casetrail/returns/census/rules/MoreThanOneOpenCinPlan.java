package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4004: an episode has one open child in need plan at most. */
final class MoreThanOneOpenCinPlan extends EpisodeRule {

    MoreThanOneOpenCinPlan() {
        super("4004", "endedOn", "This child is showing more than one open CIN Plan, i.e. with no End Date");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.cinPlans().stream().filter(p -> p.endDate() == null).count() > 1;
    }
}
