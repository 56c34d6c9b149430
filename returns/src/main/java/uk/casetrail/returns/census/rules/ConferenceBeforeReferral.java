package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 1104: an initial child protection conference is held on or after the referral. */
final class ConferenceBeforeReferral extends BeforeReferral {

    ConferenceBeforeReferral() {
        super("1104", "heldOn",
                "The date of the initial child protection conference cannot be before the referral date");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return InitialConferences.of(episode);
    }
}
