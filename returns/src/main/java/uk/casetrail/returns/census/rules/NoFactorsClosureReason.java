package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8873: an episode whose one assessment found no factors (21) is closed with reason RC8. The DfE reads a
 * missing reason as not RC8, so an open episode breaks it too.
 */
final class NoFactorsClosureReason extends EpisodeRule {

    NoFactorsClosureReason() {
        super("8873", "reason", "When there is only one assessment on the episode and the factors code “21 No "
                + "factors identified” has been used for the completed assessment, the reason "
                + "for closure ‘RC8’ must be used.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().size() == 1 && episode.assessments().get(0).factors().contains("21")
                && !"RC8".equals(episode.reasonForClosure());
    }
}
