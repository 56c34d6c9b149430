package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 4008: a child in need plan starts on or before the child's recorded date of death. */
final class CinPlanAfterDeath extends AfterDeath {

    CinPlanAfterDeath() {
        super("4008", "CIN Plan shown as starting after the child’s Date of Death.");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.cinPlans().stream().map(ReturnedChild.CinPlan::startDate);
    }
}
