package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8736: an assessment not yet completed started in this census year. */
final class OpenAssessmentStartOutsideYear extends EpisodeRule {

    OpenAssessmentStartOutsideYear() {
        super("8736", "startedOn", "For an Assessment that has not been completed, the start date must fall within the census year");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.authorisationDate() == null && !year.contains(a.startDate()));
    }
}
