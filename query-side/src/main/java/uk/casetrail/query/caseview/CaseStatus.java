package uk.casetrail.query.caseview;

/** Where a case stands, as the case view reports it (the most serious open stage wins). */
public enum CaseStatus {
    CONTACT, REFERRAL, ASSESSMENT, SECTION_47, CHILD_IN_NEED, CHILD_PROTECTION, CLOSED
}
