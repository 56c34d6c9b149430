package uk.casetrail.query.clocks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.query.caseview.CaseFile;
import uk.casetrail.query.register.ReviewSchedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The deadlines running on an open case today, earliest first. */
@Component
public class StatutoryClocks {

    private final WorkingDayCalendar calendar;
    private final int visitWorkingDays;
    private final int coreGroupWorkingDays;
    private final LocalDate coreGroupsRecordedFrom;

    /**
     * @param coreGroupsRecordedFrom the first core group is due only on plans started from this day: core groups
     *                               could not be recorded before it (the note kind was added then), and plans
     *                               imported from a census return carry none
     */
    StatutoryClocks(WorkingDayCalendar calendar,
                    @Value("${casetrail.timescales.child-protection-visit-working-days:10}") int visitWorkingDays,
                    @Value("${casetrail.timescales.first-core-group-working-days:10}") int coreGroupWorkingDays,
                    @Value("${casetrail.timescales.first-core-group-from:2026-12-02}") String coreGroupsRecordedFrom) {
        if (coreGroupWorkingDays < 1) {
            throw new IllegalArgumentException("casetrail.timescales.first-core-group-working-days must be at least 1, not "
                    + coreGroupWorkingDays);
        }
        this.calendar = calendar;
        this.visitWorkingDays = visitWorkingDays;
        this.coreGroupWorkingDays = coreGroupWorkingDays;
        this.coreGroupsRecordedFrom = LocalDate.parse(coreGroupsRecordedFrom);
    }

    public List<StatutoryClock> of(CaseFile file, LocalDate today) {
        List<StatutoryClock> clocks = new ArrayList<>();
        CaseFile.Row row = file.row();
        if (row.closedOn() != null) {
            return clocks;
        }
        if (row.decidedOn() == null) {
            clocks.add(clock(StatutoryClock.Kind.REFERRAL_DECISION, row.decisionDueOn(), today));
        }
        file.assessments().stream().filter(a -> a.completedOn() == null)
                .forEach(a -> clocks.add(clock(StatutoryClock.Kind.ASSESSMENT, a.dueOn(), today)));
        if (row.icpcDueOn() != null) {
            clocks.add(clock(StatutoryClock.Kind.INITIAL_CONFERENCE, row.icpcDueOn(), today));
        }
        CaseFile.ActivePlan plan = file.activePlan();
        if (plan != null) {
            // Until the first core group meets; a plan already reviewed has met it.
            if (plan.firstCoreGroupOn() == null && plan.lastReviewOn() == null && !plan.startedOn().isBefore(coreGroupsRecordedFrom)) {
                clocks.add(clock(StatutoryClock.Kind.FIRST_CORE_GROUP, calendar.addWorkingDays(plan.startedOn(), coreGroupWorkingDays), today));
            }
            clocks.add(clock(StatutoryClock.Kind.PLAN_REVIEW, ReviewSchedule.nextReviewDue(plan.startedOn(), plan.lastReviewOn()), today));
            LocalDate lastSeen = plan.lastVisitOn() != null ? plan.lastVisitOn() : plan.startedOn();
            clocks.add(clock(StatutoryClock.Kind.CHILD_PROTECTION_VISIT, calendar.addWorkingDays(lastSeen, visitWorkingDays), today));
        }
        clocks.sort(Comparator.comparing(StatutoryClock::dueOn).thenComparing(StatutoryClock::kind));
        return clocks;
    }

    private StatutoryClock clock(StatutoryClock.Kind kind, LocalDate dueOn, LocalDate today) {
        boolean overdue = today.isAfter(dueOn);
        return new StatutoryClock(kind, dueOn, overdue, overdue ? calendar.workingDaysBetween(dueOn, today) : 0);
    }
}
