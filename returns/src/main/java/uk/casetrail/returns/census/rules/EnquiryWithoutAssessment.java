package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 2991Q: an episode with a section 47 enquiry has an assessment. */
final class EnquiryWithoutAssessment extends EpisodeRule {

    EnquiryWithoutAssessment() {
        super("2991Q", "startedOn", "Please check: A Section 47 module is recorded and there is no assessment on "
                + "the episode");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return !episode.section47s().isEmpty() && episode.assessments().isEmpty();
    }
}
