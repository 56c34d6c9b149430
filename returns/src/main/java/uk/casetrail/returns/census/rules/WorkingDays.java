package uk.casetrail.returns.census.rules;

import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** Counting working days backwards, as rules that look back from the reference date do. */
final class WorkingDays {

    private final WorkingDayCalendar calendar;

    WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The day that is n working days before the given day. */
    LocalDate before(LocalDate day, int n) {
        LocalDate date = day;
        int counted = 0;
        while (counted < n) {
            date = date.minusDays(1);
            if (calendar.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
