package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8863: an assessment does not start while another on the same episode is still going on. */
final class OverlappingAssessments extends EpisodeRule {

    OverlappingAssessments() {
        super("8863", "startedOn", "An Assessment is shown as starting when there is another Assessment ongoing");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(earlier -> episode.assessments().stream()
                .anyMatch(later -> later != earlier && later.startDate().isAfter(earlier.startDate())
                        && (earlier.authorisationDate() == null || later.startDate().isBefore(earlier.authorisationDate()))));
    }
}
