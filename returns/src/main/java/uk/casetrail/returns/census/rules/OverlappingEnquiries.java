package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8890: within an episode, a section 47 enquiry does not start while another is going on: from its start to
 * its initial conference, or to the reference date while it waits for one.
 */
final class OverlappingEnquiries extends EpisodeRule {

    OverlappingEnquiries() {
        super("8890", "startedOn", "A Section 47 enquiry is shown as starting when there is another Section 47 "
                + "Enquiry ongoing");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.section47s().stream().anyMatch(enquiry -> episode.section47s().stream()
                .anyMatch(other -> other != enquiry
                        && (other.dateOfInitialCpc() != null || AwaitingConference.of(other))
                        && new Span(other.startDate(), other.dateOfInitialCpc()).holds(enquiry.startDate(), year)));
    }
}
