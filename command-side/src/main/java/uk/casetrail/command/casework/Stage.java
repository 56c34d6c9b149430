package uk.casetrail.command.casework;

/** Where a case stands for the purpose of deciding what may be recorded next. */
enum Stage {
    /** A contact awaits its decision; nothing else may be recorded yet. */
    AWAITING_DECISION,
    /** Accepted as a referral and not closed: the journey may proceed. */
    OPEN,
    /** Closed (at the contact decision, or with a reason for closure): only reopening is possible. */
    CLOSED
}
