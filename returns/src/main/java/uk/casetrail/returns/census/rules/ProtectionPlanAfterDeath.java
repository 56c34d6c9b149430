package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 8915: a child protection plan starts on or before the child's recorded date of death. */
final class ProtectionPlanAfterDeath extends AfterDeath {

    ProtectionPlanAfterDeath() {
        super("8915", "Child Protection Plan shown as starting after the child’s Date of Death");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.protectionPlans().stream().map(ReturnedChild.ProtectionPlan::startDate);
    }
}
