package uk.casetrail.command.journey;

import uk.casetrail.events.calendar.AuthorityTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The recording day as the authority sees it (England: Europe/London), from an injectable clock so
 * that the journey rules about "not in the future" are testable. Instants may run a little ahead of
 * our clock, because they are typed on devices whose clocks drift.
 */
public final class Today {

    private static final Duration CLOCK_DRIFT_ALLOWED = Duration.ofMinutes(5);

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(AuthorityTime.ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, AuthorityTime.ZONE);
    }

    public void requireNotFuture(String field, LocalDate date) {
        Required.value(field, date);
        if (date.isAfter(date())) {
            throw new InvalidEntry(field, field + " " + date + " is in the future; record things once they have happened");
        }
    }

    public void requireNotFuture(String field, Instant instant) {
        Required.value(field, instant);
        if (instant.isAfter(clock.instant().plus(CLOCK_DRIFT_ALLOWED))) {
            throw new InvalidEntry(field, field + " " + instant + " is in the future; record things once they have happened");
        }
    }
}
