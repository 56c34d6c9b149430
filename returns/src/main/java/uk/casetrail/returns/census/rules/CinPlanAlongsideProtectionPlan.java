package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 4001: an episode with an open child protection plan has no open child in need plan. */
final class CinPlanAlongsideProtectionPlan extends EpisodeRule {

    CinPlanAlongsideProtectionPlan() {
        super("4001", "endedOn", "A CIN Plan cannot run concurrently with a Child Protection Plan");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(p -> p.endDate() == null)
                && episode.cinPlans().stream().anyMatch(p -> p.endDate() == null);
    }
}
