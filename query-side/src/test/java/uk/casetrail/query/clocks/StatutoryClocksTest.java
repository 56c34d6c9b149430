package uk.casetrail.query.clocks;

import org.junit.jupiter.api.Test;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.query.caseview.CaseFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatutoryClocksTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate RECORDED_FROM = LocalDate.of(2026, 12, 2);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

    private final StatutoryClocks clocks = new StatutoryClocks(CALENDAR, 10, 10, RECORDED_FROM.toString());

    private static CaseFile onPlan(LocalDate startedOn, LocalDate lastReviewOn, LocalDate firstCoreGroupOn) {
        CaseFile.Row row = new CaseFile.Row(UUID.randomUUID(), UUID.randomUUID(), "Cora Group", "CT1", LocalDate.of(2016, 2, 2), "North", "alice", "North",
                Instant.parse("2026-10-01T09:00:00Z"), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 1), "N1", null, 0, null, null, null, 12);
        return new CaseFile(row, List.of(), new CaseFile.ActivePlan(UUID.randomUUID(), startedOn, "NEG", lastReviewOn, null, null,
                firstCoreGroupOn));
    }

    private List<StatutoryClock.Kind> kinds(CaseFile file) {
        return clocks.of(file, TODAY).stream().map(StatutoryClock::kind).toList();
    }

    @Test
    void the_first_core_group_is_due_ten_working_days_after_a_plan_began_and_overdue_after() {
        LocalDate started = LocalDate.of(2026, 12, 14);
        StatutoryClock coreGroup = clocks.of(onPlan(started, null, null), TODAY).stream()
                .filter(c -> c.kind() == StatutoryClock.Kind.FIRST_CORE_GROUP).findFirst().orElseThrow();
        assertThat(coreGroup.dueOn()).isEqualTo(CALENDAR.addWorkingDays(started, 10));
        assertThat(coreGroup.overdue()).isTrue();
        assertThat(coreGroup.workingDaysOverdue()).isEqualTo(CALENDAR.workingDaysBetween(coreGroup.dueOn(), TODAY));
    }

    @Test
    void no_first_core_group_is_due_once_one_met_or_the_plan_was_reviewed_or_began_before_core_groups_were_recorded() {
        assertThat(kinds(onPlan(LocalDate.of(2026, 12, 14), null, LocalDate.of(2026, 12, 18))))
                .doesNotContain(StatutoryClock.Kind.FIRST_CORE_GROUP).contains(StatutoryClock.Kind.PLAN_REVIEW);
        assertThat(kinds(onPlan(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 15), null)))
                .doesNotContain(StatutoryClock.Kind.FIRST_CORE_GROUP);
        assertThat(kinds(onPlan(RECORDED_FROM.minusDays(1), null, null))).as("an older or imported plan")
                .doesNotContain(StatutoryClock.Kind.FIRST_CORE_GROUP).contains(StatutoryClock.Kind.CHILD_PROTECTION_VISIT);
    }

    @Test
    void a_first_core_group_timescale_under_one_working_day_is_refused_at_start() {
        assertThatThrownBy(() -> new StatutoryClocks(CALENDAR, 10, 0, "2026-12-02")).hasMessageContaining("first-core-group-working-days");
    }
}
