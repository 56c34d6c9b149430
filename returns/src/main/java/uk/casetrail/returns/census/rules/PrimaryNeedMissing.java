package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8610: a referral that led to further action says what the child's primary need is. */
final class PrimaryNeedMissing extends EpisodeRule {

    PrimaryNeedMissing() {
        super("8610", "primaryNeed", "Primary Need code is missing for a referral which led to further action.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return !episode.referralNfa() && episode.primaryNeed() == null;
    }
}
