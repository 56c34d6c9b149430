package uk.casetrail.returns.census;

import java.time.LocalDate;

/**
 * The year a return covers: the twelve months ending on the reference date (a 31 March for the real
 * return; any other day gives the same shape for in-year monitoring). Anything dated after the
 * reference date had not happened as far as this return is concerned.
 */
public record CensusYear(LocalDate start, LocalDate referenceDate) {

    public static CensusYear endingOn(LocalDate referenceDate) {
        return new CensusYear(referenceDate.minusYears(1).plusDays(1), referenceDate);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(referenceDate);
    }

    /** The date if it had happened by the reference date, otherwise null. */
    public LocalDate byReferenceDate(LocalDate date) {
        return date == null || date.isAfter(referenceDate) ? null : date;
    }

    /** Did something that started on start and ended on end (null: still open) run on any day of the year? */
    public boolean overlaps(LocalDate startDate, LocalDate endDate) {
        return startDate != null && !startDate.isAfter(referenceDate) && (endDate == null || !endDate.isBefore(start));
    }
}
