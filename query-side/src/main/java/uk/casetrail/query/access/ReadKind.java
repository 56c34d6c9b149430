package uk.casetrail.query.access;

/** The kinds of read of a child's data that the access policy decides on. */
public enum ReadKind {
    CASE_VIEW, CHILD_DETAILS, CHRONOLOGY, REGISTER_ROW, CASELOAD_ROW, ACCESS_LOG, STATUTORY_RETURN
}
