package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8608: an assessment is completed on or after the day it started. */
final class AssessmentEndsBeforeStart extends EpisodeRule {

    AssessmentEndsBeforeStart() {
        super("8608", "completedOn", "Assessment Start Date cannot be later than its End Date");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream()
                .anyMatch(a -> a.authorisationDate() != null && a.startDate().isAfter(a.authorisationDate()));
    }
}
