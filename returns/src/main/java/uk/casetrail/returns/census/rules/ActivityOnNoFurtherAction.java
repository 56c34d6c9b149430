package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8831: a referral with no further action has no assessment, section 47 enquiry or initial conference. */
final class ActivityOnNoFurtherAction extends EpisodeRule {

    ActivityOnNoFurtherAction() {
        super("8831", "closedOn", "Activity is recorded against a case marked as a referral with no further "
                + "action");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralNfa() && (!episode.assessments().isEmpty() || !episode.section47s().isEmpty()
                || episode.dateOfInitialCpc() != null);
    }
}
