package uk.casetrail.query.caseview;

import uk.casetrail.events.calendar.AuthorityTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The day an allocation takes effect: the day it was recorded, in the authority's time zone. The
 * case's allocation history and each plan's current lead (which the register reads instead of the
 * history from that day on) must agree on it, so both take it from here.
 */
public final class AllocationDay {

    private AllocationDay() {
    }

    public static LocalDate of(Instant recordedAt) {
        return LocalDate.ofInstant(recordedAt, AuthorityTime.ZONE);
    }
}
