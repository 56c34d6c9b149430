package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8810: a reason for closure goes with a closure date. */
final class ReasonWithoutClosure extends EpisodeRule {

    ReasonWithoutClosure() {
        super("8810", "closedOn", "A CIN case cannot have a Reason for Closure without a CIN Closure Date");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.reasonForClosure() != null && episode.closureDate() == null;
    }
}
