package uk.casetrail.events.access;

/** What was done with a child's record (the audit's action). */
public enum AccessAction {
    VIEW, SEARCH, EXPORT, PRINT, CHANGE
}
