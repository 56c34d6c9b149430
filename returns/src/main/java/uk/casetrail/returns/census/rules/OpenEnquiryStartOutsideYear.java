package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8740: a section 47 enquiry still waiting for its initial conference started in the census year. */
final class OpenEnquiryStartOutsideYear extends EpisodeRule {

    OpenEnquiryStartOutsideYear() {
        super("8740", "startedOn", "For a Section 47 Enquiry that has not held the Initial Child Protection "
                + "Conference by the end of the census year, the start date must fall within "
                + "the census year");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.section47s().stream().filter(AwaitingConference::of)
                .anyMatch(s -> !year.contains(s.startDate()));
    }
}
