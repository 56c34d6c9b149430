package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8590: every child in the return has at least one CIN episode (a file can hold a child without one). */
final class ChildWithoutEpisode extends ChildRule {

    ChildWithoutEpisode() {
        super("8590", "laChildId", "Child does not have a recorded CIN episode.");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return child.episodes().isEmpty();
    }
}
