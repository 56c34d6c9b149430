package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8869: factor 21 (no factors identified) is never listed with another factor. */
final class NoFactorsStandsAlone extends EpisodeRule {

    NoFactorsStandsAlone() {
        super("8869", "factors", "The assessment factors code \u201c21\u201d cannot be used in conjunction with any other assessment factors.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.factors().contains("21") && a.factors().size() > 1);
    }
}
