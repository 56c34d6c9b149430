package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8820: an episode's referral does not fall within another episode of the child: from its referral to its
 * closure, or to the reference date while it is open and not a referral with no further action. One episode
 * may start the day another closes.
 */
final class OverlappingEpisodes extends EpisodeRule {

    OverlappingEpisodes() {
        super("8820", "contactReceivedAt", "The dates on the CIN episodes for this child overlap");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return child.episodes().stream().anyMatch(other -> other != episode
                && (other.closureDate() != null || !other.referralNfa())
                && new Span(other.referralDate(), other.closureDate()).holdsBeforeEnd(episode.referralDate(), year));
    }
}
