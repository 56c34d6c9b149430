package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 4015: a child in need plan starts on or after the referral. */
final class CinPlanBeforeReferral extends BeforeReferral {

    CinPlanBeforeReferral() {
        super("4015", "startedOn", "The CIN Plan start date cannot be before the referral date");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.cinPlans().stream().map(ReturnedChild.CinPlan::startDate);
    }
}
