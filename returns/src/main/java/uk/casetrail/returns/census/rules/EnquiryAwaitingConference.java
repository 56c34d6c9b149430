package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8675Q: a section 47 enquiry still waiting for its initial conference started at most 15 working days before
 * the reference date: one that started earlier has missed the conference's target.
 */
final class EnquiryAwaitingConference extends EpisodeRule {

    private final WorkingDays workingDays;

    EnquiryAwaitingConference(WorkingDayCalendar calendar) {
        super("8675Q", "heldOn", "Please check: S47 Enquiry started more than 15 working days before the end "
                + "of the census year. However, there is no date of Initial Child Protection "
                + "Conference.");
        this.workingDays = new WorkingDays(calendar);
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.section47s().stream().filter(AwaitingConference::of).anyMatch(s -> s.startDate() != null
                && s.startDate().isBefore(workingDays.before(year.referenceDate(), 15)));
    }
}
