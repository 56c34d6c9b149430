package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8805: a closed episode has a reason for closure. */
final class ClosureWithoutReason extends EpisodeRule {

    ClosureWithoutReason() {
        super("8805", "reason", "A CIN case cannot have a CIN closure date without a Reason for Closure");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.closureDate() != null && episode.reasonForClosure() == null;
    }
}
