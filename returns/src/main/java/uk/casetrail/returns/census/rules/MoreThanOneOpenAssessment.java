package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8896: an episode has one assessment not yet completed at most. */
final class MoreThanOneOpenAssessment extends EpisodeRule {

    MoreThanOneOpenAssessment() {
        super("8896", "completedOn", "Within one CINDetails group there are 2 or more open Assessments groups");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().filter(a -> a.authorisationDate() == null).count() > 1;
    }
}
