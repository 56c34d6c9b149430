package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 4013: a child in need plan of the return that ended, ended in the census year. */
final class CinPlanEndOutsideYear extends OutsideYear {

    CinPlanEndOutsideYear() {
        super("4013", "endedOn", "CIN Plan end date must fall within the census year");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.cinPlans().stream().map(ReturnedChild.CinPlan::endDate);
    }
}
