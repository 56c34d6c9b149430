package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4011: a child in need plan ends on or after the day it started. */
final class CinPlanEndsBeforeStart extends EpisodeRule {

    CinPlanEndsBeforeStart() {
        super("4011", "endedOn", "CIN Plan End Date earlier than Start Date");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.cinPlans().stream()
                .anyMatch(p -> p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate()));
    }
}
