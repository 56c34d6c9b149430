package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.Set;

/** 8825Q: an episode closed after assessment (RC8 or RC9) has an assessment. */
final class ClosedAfterAssessmentWithoutOne extends EpisodeRule {

    ClosedAfterAssessmentWithoutOne() {
        super("8825Q", "reason", "Please check and either amend data or provide a reason: Reason for Closure "
                + "code RC8 (case closed after assessment) or RC9 (case closed after "
                + "assessment, referred to early help) has been returned but there is no "
                + "assessment present for the episode.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        String reason = episode.reasonForClosure();
        return reason != null && Set.of("RC8", "RC9").contains(reason) && episode.assessments().isEmpty();
    }
}
