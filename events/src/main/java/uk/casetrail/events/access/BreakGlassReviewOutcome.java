package uk.casetrail.events.access;

/** What an auditor concluded of a break-glass access. */
public enum BreakGlassReviewOutcome {
    JUSTIFIED, NOT_JUSTIFIED, REFERRED_FOR_INVESTIGATION
}
