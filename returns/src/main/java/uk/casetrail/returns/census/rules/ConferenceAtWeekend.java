package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** 8875: an initial child protection conference is not held on a Saturday or Sunday. */
final class ConferenceAtWeekend extends EpisodeRule {

    ConferenceAtWeekend() {
        super("8875", "heldOn", "The Date of Initial Child Protection Conference cannot be a weekend");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return InitialConferences.of(episode).anyMatch(ConferenceAtWeekend::weekend);
    }

    static boolean weekend(LocalDate day) {
        return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }
}
