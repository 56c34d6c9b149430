package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 4009: a child in need plan ends on or before the child's recorded date of death. */
final class CinPlanEndsAfterDeath extends AfterDeath {

    CinPlanEndsAfterDeath() {
        super("4009", "CIN Plan cannot end after the child’s Date of Death");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.cinPlans().stream().map(ReturnedChild.CinPlan::endDate);
    }
}
