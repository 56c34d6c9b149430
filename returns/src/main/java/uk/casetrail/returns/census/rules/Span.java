package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;

import java.time.LocalDate;

/**
 * The days something ran (an episode, a plan, an enquiry): from its start to its end, or, while it is
 * still open, to the reference date, as the overlap rules of the specification read it.
 */
record Span(LocalDate start, LocalDate end) {

    /** Did the day fall within it, its last day included? */
    boolean holds(LocalDate day, CensusYear year) {
        return day != null && start != null && !day.isBefore(start)
                && !day.isAfter(end == null ? year.referenceDate() : end);
    }

    /** Did the day fall within it before the day it ended (something may start the day another ends)? */
    boolean holdsBeforeEnd(LocalDate day, CensusYear year) {
        return day != null && start != null && !day.isBefore(start)
                && (end == null ? !day.isAfter(year.referenceDate()) : day.isBefore(end));
    }
}
