package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4012Q: a child in need plan does not start and end on the same day. */
final class CinPlanSameDay extends EpisodeRule {

    CinPlanSameDay() {
        super("4012Q", "endedOn", "CIN Plan shown as starting and ending on the same day - please check");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.cinPlans().stream().anyMatch(p -> p.startDate() != null && p.startDate().equals(p.endDate()));
    }
}
