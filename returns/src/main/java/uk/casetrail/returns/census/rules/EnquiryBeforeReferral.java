package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 2889: a section 47 enquiry starts on or after the referral. */
final class EnquiryBeforeReferral extends EpisodeRule {

    EnquiryBeforeReferral() {
        super("2889", "startedOn", "The S47 start date cannot be before the referral date.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralDate() != null
                && episode.section47s().stream().anyMatch(s -> s.startDate().isBefore(episode.referralDate()));
    }
}
