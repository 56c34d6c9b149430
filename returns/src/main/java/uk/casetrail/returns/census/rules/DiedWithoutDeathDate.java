package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8585Q: an episode closed because the child died (RC2) goes with a recorded date of death. */
final class DiedWithoutDeathDate extends EpisodeRule {

    DiedWithoutDeathDate() {
        super("8585Q", "dateOfDeath", "Please check and either amend or provide a reason: CIN episode shows Died as "
                + "the Closure Reason, however child has no recorded Date of Death");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return "RC2".equals(episode.reasonForClosure()) && child.identifiers().deathDate() == null;
    }
}
