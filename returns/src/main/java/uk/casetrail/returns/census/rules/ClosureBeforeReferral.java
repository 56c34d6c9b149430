package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8630: an episode closes on or after its referral. */
final class ClosureBeforeReferral extends EpisodeRule {

    ClosureBeforeReferral() {
        super("8630", "closedOn", "CIN Closure Date is before CIN Referral Date for the same CIN episode");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.closureDate() != null && episode.referralDate() != null
                && episode.closureDate().isBefore(episode.referralDate());
    }
}
