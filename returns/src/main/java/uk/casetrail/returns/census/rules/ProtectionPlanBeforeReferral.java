package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 1105: a child protection plan starts on or after the referral. */
final class ProtectionPlanBeforeReferral extends BeforeReferral {

    ProtectionPlanBeforeReferral() {
        super("1105", "heldOn", "The child protection plan start date cannot be before the referral date");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.protectionPlans().stream().map(ReturnedChild.ProtectionPlan::startDate);
    }
}
