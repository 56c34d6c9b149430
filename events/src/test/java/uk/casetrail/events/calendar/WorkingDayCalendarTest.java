package uk.casetrail.events.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void a_contact_on_the_thursday_before_easter_is_due_for_decision_on_the_tuesday_after() {
        // Good Friday 3 April 2026 and Easter Monday 6 April 2026 are bank holidays.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
    }

    @Test
    void boxing_day_on_a_saturday_moves_to_the_monday() {
        // 2026: Christmas Day is a Friday, Boxing Day a Saturday, so Monday 28 December is the substitute.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void christmas_and_boxing_day_at_a_weekend_give_two_substitute_days() {
        // 2027: 25 and 26 December fall on Saturday and Sunday; Monday 27 and Tuesday 28 are holidays.
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 12, 24), 1)).isEqualTo(LocalDate.of(2027, 12, 29));
        // ... and New Year's Day 2028 is a Saturday: Monday 3 January is the substitute.
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 12, 31), 1)).isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    void the_assessment_clock_of_45_working_days_skips_christmas_and_new_year() {
        // Referral on Monday 2 November 2026: 45 weekdays would be 4 January 2027, but
        // 25 and 28 December 2026 and 1 January 2027 are bank holidays, so the clock ends three working days later.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 2), 45)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void one_off_bank_holidays_are_in_the_data() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
    }

    @Test
    void local_closure_days_from_configuration_are_not_working_days() {
        WorkingDayCalendar withClosure = WorkingDayCalendar.englandAndWales(List.of(LocalDate.of(2026, 12, 29)));
        assertThat(withClosure.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void days_overdue_count_working_days_only() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24))).isZero();
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void adding_n_working_days_lands_on_a_working_day_exactly_n_working_days_later(
            @ForAll @IntRange(min = 0, max = 4000) int dayOffset, @ForAll @IntRange(min = 1, max = 120) int n) {
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(dayOffset);
        LocalDate due = calendar.addWorkingDays(start, n);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(start, due)).isEqualTo(n);
    }

    /** Counted by whole weeks, the working days of any span are those found by checking it day by day. */
    @Property
    void working_days_between_two_dates_are_the_working_days_found_one_by_one(
            @ForAll @IntRange(min = 0, max = 4000) int fromOffset, @ForAll @IntRange(min = -1500, max = 1500) int span) {
        WorkingDayCalendar closures = WorkingDayCalendar.englandAndWales(List.of(LocalDate.of(2024, 12, 27), LocalDate.of(2025, 6, 14)));
        LocalDate from = LocalDate.of(2020, 1, 1).plusDays(fromOffset);
        LocalDate to = from.plusDays(span);
        int oneByOne = 0;
        for (LocalDate day = (span < 0 ? to : from).plusDays(1); !day.isAfter(span < 0 ? from : to); day = day.plusDays(1)) {
            oneByOne += closures.isWorkingDay(day) ? 1 : 0;
        }
        assertThat(closures.workingDaysBetween(from, to)).isEqualTo(span < 0 ? -oneByOne : oneByOne);
    }
}
