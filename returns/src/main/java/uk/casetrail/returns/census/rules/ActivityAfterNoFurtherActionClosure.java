package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 2990: an episode closed after assessment with no further action (RC8) has no section 47 enquiry, initial
 * conference, child protection plan or CIN plan.
 */
final class ActivityAfterNoFurtherActionClosure extends EpisodeRule {

    ActivityAfterNoFurtherActionClosure() {
        super("2990", "reason", "Activity is recorded against a case marked as ‘Case closed after assessment, "
                + "no further action’.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return "RC8".equals(episode.reasonForClosure()) && (!episode.section47s().isEmpty()
                || episode.dateOfInitialCpc() != null || !episode.protectionPlans().isEmpty()
                || !episode.cinPlans().isEmpty());
    }
}
