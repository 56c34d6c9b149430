package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8839: an episode has one section 47 enquiry still waiting for its initial conference at most. */
final class MoreThanOneOpenEnquiry extends EpisodeRule {

    MoreThanOneOpenEnquiry() {
        super("8839", "concludedOn", "Within one CINDetails group there are 2 or more open S47 Assessments");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.section47s().stream().filter(AwaitingConference::of).count() > 1;
    }
}
