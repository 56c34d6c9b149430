package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 8715: an initial child protection conference in the return was held in the census year. */
final class ConferenceOutsideYear extends OutsideYear {

    ConferenceOutsideYear() {
        super("8715", "heldOn", "Date of Initial Child Protection Conference must fall within the census year");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return InitialConferences.of(episode);
    }
}
