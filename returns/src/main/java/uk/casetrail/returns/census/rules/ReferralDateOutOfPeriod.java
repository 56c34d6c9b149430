package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8600: an episode has a referral date, on or before the reference date. */
final class ReferralDateOutOfPeriod extends EpisodeRule {

    ReferralDateOutOfPeriod() {
        super("8600", "contactReceivedAt", "Child referral date missing or after data collection period");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralDate() == null || episode.referralDate().isAfter(year.referenceDate());
    }
}
