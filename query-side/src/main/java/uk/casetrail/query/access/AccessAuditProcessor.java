package uk.casetrail.query.access;

/** The streaming processor that builds the access log that auditors search. */
public final class AccessAuditProcessor {

    public static final String NAME = "access-audit";

    private AccessAuditProcessor() {
    }
}
