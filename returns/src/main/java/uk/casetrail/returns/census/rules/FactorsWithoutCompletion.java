package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8614: factors belong to a completed assessment only. */
final class FactorsWithoutCompletion extends EpisodeRule {

    FactorsWithoutCompletion() {
        super("8614", "factors", "Parental or child factors at assessment should only be present for a completed assessment.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.authorisationDate() == null && !a.factors().isEmpty());
    }
}
