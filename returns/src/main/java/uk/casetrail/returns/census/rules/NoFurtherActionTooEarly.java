package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8569: only a referral made in the year (or on the working day before it) can be a no-further-action referral. */
final class NoFurtherActionTooEarly extends EpisodeRule {

    private final WorkingDays workingDays;

    NoFurtherActionTooEarly(WorkingDayCalendar calendar) {
        super("8569", "closedOn", "A case with referral date before one working day prior to the collection start date"
                + " must not be flagged as a no further action case");
        this.workingDays = new WorkingDays(calendar);
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralNfa() && episode.referralDate() != null
                && episode.referralDate().isBefore(workingDays.before(year.start(), 1));
    }
}
