package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 8920: a child protection plan ends on or before the child's recorded date of death. */
final class ProtectionPlanEndsAfterDeath extends AfterDeath {

    ProtectionPlanEndsAfterDeath() {
        super("8920", "Child Protection Plan cannot end after the child’s Date of Death");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.protectionPlans().stream().map(ReturnedChild.ProtectionPlan::endDate);
    }
}
