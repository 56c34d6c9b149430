package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.HashSet;

/** 8898: no factor is recorded twice for one assessment. */
final class RepeatedFactor extends EpisodeRule {

    RepeatedFactor() {
        super("8898", "factors", "The assessment has more than one parental or child factors with the same "
                + "code");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.factors().size() > new HashSet<>(a.factors()).size());
    }
}
