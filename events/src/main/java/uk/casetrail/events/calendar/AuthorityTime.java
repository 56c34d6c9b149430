package uk.casetrail.events.calendar;

import java.time.ZoneId;

/**
 * The clock time an English local authority keeps: the day a record is made on, and every statutory
 * date counted from it, is the day in England, whatever the server's own time zone.
 */
public final class AuthorityTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private AuthorityTime() {
    }
}
