package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8867: every assessment of a closed episode is completed. */
final class AssessmentOpenAtClosure extends EpisodeRule {

    AssessmentOpenAtClosure() {
        super("8867", "completedOn", "CIN episode is shown as closed, however Assessment is not shown as completed");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.closureDate() != null
                && episode.assessments().stream().anyMatch(a -> a.authorisationDate() == null);
    }
}
