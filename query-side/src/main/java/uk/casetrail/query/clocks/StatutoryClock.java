package uk.casetrail.query.clocks;

import java.time.LocalDate;

/**
 * One statutory deadline of a case: what is due, by when, and how many working days late it is
 * (0 when not yet late).
 */
public record StatutoryClock(Kind kind, LocalDate dueOn, boolean overdue, int workingDaysOverdue) {

    public enum Kind {
        REFERRAL_DECISION, ASSESSMENT, INITIAL_CONFERENCE, FIRST_CORE_GROUP, PLAN_REVIEW, CHILD_PROTECTION_VISIT
    }
}
