package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8832: a referral with no further action has no child protection plan. */
final class ProtectionPlanOnNoFurtherAction extends EpisodeRule {

    ProtectionPlanOnNoFurtherAction() {
        super("8832", "closedOn", "Child Protection details provided for a referral with no further action.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralNfa() && !episode.protectionPlans().isEmpty();
    }
}
