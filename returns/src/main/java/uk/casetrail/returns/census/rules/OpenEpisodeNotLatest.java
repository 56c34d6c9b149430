package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8816: an open episode that is not a referral with no further action is the child's latest referral. */
final class OpenEpisodeNotLatest extends EpisodeRule {

    OpenEpisodeNotLatest() {
        super("8816", "closedOn", "An open CIN episode is shown and case is not a referral with no further "
                + "action, but it is not the latest episode.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return MoreThanOneOpenEpisode.open(episode) && episode.referralDate() != null && child.episodes().stream()
                .map(ReturnedChild.CinDetails::referralDate)
                .anyMatch(referral -> referral != null && referral.isAfter(episode.referralDate()));
    }
}
