package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 8930: a child protection plan of the return that ended, ended in the census year. */
final class ProtectionPlanEndOutsideYear extends OutsideYear {

    ProtectionPlanEndOutsideYear() {
        super("8930", "heldOn", "Child Protection Plan End Date must fall within the census year");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.protectionPlans().stream().map(ReturnedChild.ProtectionPlan::endDate);
    }
}
