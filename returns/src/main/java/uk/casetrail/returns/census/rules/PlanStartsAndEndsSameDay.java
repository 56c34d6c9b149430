package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8840: a child protection plan lasts at least a day. */
final class PlanStartsAndEndsSameDay extends EpisodeRule {

    PlanStartsAndEndsSameDay() {
        super("8840", "heldOn", "Child Protection Plan cannot start and end on the same day");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(p -> p.startDate().equals(p.endDate()));
    }
}
