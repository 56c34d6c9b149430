package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8868: a closed episode has no section 47 enquiry still waiting for its initial conference. */
final class EnquiryOpenAtClosure extends EpisodeRule {

    EnquiryOpenAtClosure() {
        super("8868", "closedOn", "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed"
                + " by ICPC date or ICPC not required flag");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.closureDate() != null && episode.section47s().stream()
                .anyMatch(AwaitingConference::of);
    }
}
