package uk.casetrail.ui.layout;

import org.springframework.stereotype.Component;
import uk.casetrail.events.calendar.AuthorityTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Instants and days as the people of an English authority read them: their own clock time, not UTC. The API
 * answers in UTC; a contact typed as 10:00 in summer showed as 09:00Z. Used by the pages as
 * {@code ${@ukTime.of(...)}}.
 */
@Component("ukTime")
public class UkTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(AuthorityTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(AuthorityTime.ZONE);

    /** To the minute, as a practitioner reads when something came in or was recorded. */
    public String of(Object instant) {
        return format(instant, MINUTES);
    }

    /** A day as written in an English letter, 12 October 2026: an ISO date (2026-10-12) reads as a code. */
    public String day(Object date) {
        if (date == null) {
            return "";
        }
        try {
            LocalDate day = date instanceof LocalDate d ? d : LocalDate.parse(date.toString());
            return DAY.format(day);
        } catch (DateTimeParseException notADate) {
            return date.toString();
        }
    }

    /** To the second, where the order of entries matters: the access log, a replay's cut-off. */
    public String exact(Object instant) {
        return format(instant, SECONDS);
    }

    /**
     * A time typed in a page's date-and-time box (UK clock time, no zone) as the API's UTC instant; anything
     * else is passed on as typed, for the API to refuse beside its field.
     */
    public static String typed(String localDateTime) {
        try {
            return LocalDateTime.parse(localDateTime).atZone(AuthorityTime.ZONE).toInstant().toString();
        } catch (DateTimeParseException notADateTime) {
            return localDateTime;
        }
    }

    private static String format(Object value, DateTimeFormatter formatter) {
        if (value == null) {
            return "";
        }
        try {
            Instant instant = value instanceof Instant i ? i : Instant.parse(value.toString());
            return formatter.format(instant);
        } catch (DateTimeParseException notAnInstant) {
            return value.toString();
        }
    }
}
