package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4000: a referral with no further action has no child in need plan. */
final class CinPlanOnNoFurtherAction extends EpisodeRule {

    CinPlanOnNoFurtherAction() {
        super("4000", "closedOn", "CIN Plan details provided for a referral with no further action");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralNfa() && !episode.cinPlans().isEmpty();
    }
}
