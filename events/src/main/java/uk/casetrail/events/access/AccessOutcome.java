package uk.casetrail.events.access;

/** Whether a read of a child's data was permitted or refused. */
public enum AccessOutcome {
    PERMITTED, DENIED
}
