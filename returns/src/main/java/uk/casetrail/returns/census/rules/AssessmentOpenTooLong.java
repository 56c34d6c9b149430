package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8670Q: an assessment still open at the reference date started at most 45 working days before it. */
final class AssessmentOpenTooLong extends EpisodeRule {

    private final WorkingDays workingDays;

    AssessmentOpenTooLong(WorkingDayCalendar calendar) {
        super("8670Q", "completedOn", "Please check: Assessment started more than 45 working days before the end of"
                + " the census year. However, there is no Assessment end date.");
        this.workingDays = new WorkingDays(calendar);
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.authorisationDate() == null
                && a.startDate().isBefore(workingDays.before(year.referenceDate(), 45)));
    }
}
