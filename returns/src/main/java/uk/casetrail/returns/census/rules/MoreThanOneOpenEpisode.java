package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8815: a child has one open episode at most, apart from referrals with no further action. The issue names
 * each open episode that another, later open one followed, as that is the one to close.
 */
final class MoreThanOneOpenEpisode extends EpisodeRule {

    MoreThanOneOpenEpisode() {
        super("8815", "closedOn", "More than one open CIN Details episode (a module with no CIN Closure Date) "
                + "has been provided for this child and case is not a referral with no further "
                + "action.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return open(episode) && child.episodes().stream().anyMatch(other -> other != episode && open(other)
                && !startsBefore(other, episode));
    }

    static boolean open(ReturnedChild.CinDetails episode) {
        return episode.closureDate() == null && !episode.referralNfa();
    }

    private static boolean startsBefore(ReturnedChild.CinDetails one, ReturnedChild.CinDetails other) {
        return one.referralDate() != null && other.referralDate() != null
                && one.referralDate().isBefore(other.referralDate());
    }
}
