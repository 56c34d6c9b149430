package uk.casetrail.events.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working days as the statutory clocks count them: Monday to Friday, skipping England and Wales
 * bank holidays (shipped as data, 2020-2030) and any extra days on which the authority is closed.
 * Immutable; one instance serves the whole application.
 */
public final class WorkingDayCalendar {

    private static final String BANK_HOLIDAYS = "bank-holidays-england-and-wales.txt";

    private final Set<LocalDate> closedDays;
    // The closed days that fall on a weekday, in order: counted off the weekdays of a span at once.
    private final NavigableSet<LocalDate> closedWeekdays;

    private WorkingDayCalendar(Set<LocalDate> closedDays) {
        this.closedDays = Set.copyOf(closedDays);
        this.closedWeekdays = Collections.unmodifiableNavigableSet(closedDays.stream().filter(WorkingDayCalendar::isWeekday)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** England and Wales bank holidays and no local closure days. */
    public static WorkingDayCalendar englandAndWales() {
        return englandAndWales(Set.of());
    }

    /** England and Wales bank holidays plus the authority's own closure days. */
    public static WorkingDayCalendar englandAndWales(Collection<LocalDate> localClosureDays) {
        Set<LocalDate> days = new HashSet<>(readBankHolidays());
        days.addAll(localClosureDays);
        return new WorkingDayCalendar(days);
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWeekday(date) && !closedDays.contains(date);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code workingDays} working days after {@code start}, counting the first working day
     * after start as day 1: a clock started on a Friday with 1 working day is due on the Monday.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("cannot count a negative number of working days");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when
     * {@code to} is before {@code from}. This is how late a thing due on {@code from} is on {@code to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // Counted by whole weeks, not day by day: a chronology checks spans of years for every entry.
        long days = to.toEpochDay() - from.toEpochDay();
        long weekdays = days / 7 * 5;
        for (LocalDate date = from.plusDays(days / 7 * 7 + 1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWeekday(date)) {
                weekdays++;
            }
        }
        return Math.toIntExact(weekdays - closedWeekdays.subSet(from, false, to, true).size());
    }

    private static Set<LocalDate> readBankHolidays() {
        Set<LocalDate> days = new HashSet<>();
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BANK_HOLIDAYS)) {
            if (in == null) {
                throw new IllegalStateException(BANK_HOLIDAYS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    days.add(LocalDate.parse(trimmed.substring(0, 10)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
