package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4010: a child in need plan has a start date, on or before the reference date. */
final class CinPlanStartOutOfPeriod extends EpisodeRule {

    CinPlanStartOutOfPeriod() {
        super("4010", "startedOn", "CIN Plan start date is missing or out of data collection period");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.cinPlans().stream()
                .anyMatch(p -> p.startDate() == null || p.startDate().isAfter(year.referenceDate()));
    }
}
