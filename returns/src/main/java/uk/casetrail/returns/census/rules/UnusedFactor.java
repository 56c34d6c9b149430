package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** A rule that one factor code, retired or split by the DfE, is not recorded at any assessment. */
abstract class UnusedFactor extends EpisodeRule {

    private final String factor;

    UnusedFactor(String code, String message, String factor) {
        super(code, "factors", message);
        this.factor = factor;
    }

    @Override
    final boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.factors().contains(factor));
    }
}
