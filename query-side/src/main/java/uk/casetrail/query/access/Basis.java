package uk.casetrail.query.access;

/** On what basis a record was opened, as the access audit records it. */
public enum Basis {
    ALLOCATED_WORKER, ALLOCATED_TEAM, RECEIVING_TEAM, MANAGEMENT_LINE, PARTNER_INVOLVEMENT, INSPECTION, NAMED_USER,
    BREAK_GLASS, AUDIT, STATUTORY_RETURN
}
