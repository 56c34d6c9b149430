package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8720: a child protection plan has a start date, on or before the reference date. */
final class ProtectionPlanStartOutOfPeriod extends EpisodeRule {

    ProtectionPlanStartOutOfPeriod() {
        super("8720", "heldOn", "Child Protection Plan Start Date missing or out of data collection period");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream()
                .anyMatch(p -> p.startDate() == null || p.startDate().isAfter(year.referenceDate()));
    }
}
