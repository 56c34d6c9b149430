package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8696: a completed assessment in this return was completed in this census year. */
final class AssessmentEndOutsideYear extends EpisodeRule {

    AssessmentEndOutsideYear() {
        super("8696", "completedOn", "Assessment end date must fall within the census year");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream()
                .anyMatch(a -> a.authorisationDate() != null && !year.contains(a.authorisationDate()));
    }
}
