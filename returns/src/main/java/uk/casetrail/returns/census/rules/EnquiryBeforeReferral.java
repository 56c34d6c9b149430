package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 2889: a section 47 enquiry starts on or after the referral. */
final class EnquiryBeforeReferral extends BeforeReferral {

    EnquiryBeforeReferral() {
        super("2889", "startedOn", "The S47 start date cannot be before the referral date.");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return episode.section47s().stream().map(ReturnedChild.Section47::startDate);
    }
}
