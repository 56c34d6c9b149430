package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8925: a child protection plan ends on or after the day it started. */
final class ProtectionPlanEndsBeforeStart extends EpisodeRule {

    ProtectionPlanEndsBeforeStart() {
        super("8925", "heldOn", "Child Protection Plan End Date earlier than Start Date");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream()
                .anyMatch(p -> p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate()));
    }
}
