package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8640: a reason for closure, where given, is a code of the census's reason for closure table. */
final class ClosureReasonCode extends EpisodeRule {

    private static final CodeSet REASONS = CodeSet.of(ClosureReason.class);

    ClosureReasonCode() {
        super("8640", "reason", "CIN Reason for closure code invalid (see Reason for Closure table in CIN "
                + "Census code set)");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.reasonForClosure() != null && !REASONS.contains(episode.reasonForClosure());
    }
}
