package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8730: a child protection plan gives the number of the child's previous plans, zero or more (a file can hold
 * a bad one).
 */
final class PreviousPlansMissing extends EpisodeRule {

    PreviousPlansMissing() {
        super("8730", "heldOn", "Total Number of previous Child Protection Plans missing");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(p -> p.numberOfPreviousPlans() < 0);
    }
}
