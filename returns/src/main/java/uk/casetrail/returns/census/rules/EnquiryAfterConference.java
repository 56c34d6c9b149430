package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8615: a section 47 enquiry that led to an initial conference has a start date on or before it. */
final class EnquiryAfterConference extends EpisodeRule {

    EnquiryAfterConference() {
        super("8615", "startedOn", "Section 47 Enquiry Start Date must be present and cannot be later than the "
                + "date of the initial Child Protection Conference");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.section47s().stream().anyMatch(s -> s.dateOfInitialCpc() != null
                && (s.startDate() == null || s.startDate().isAfter(s.dateOfInitialCpc())));
    }
}
