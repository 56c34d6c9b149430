package uk.casetrail.query.access;

/** The reader has no basis to open this child's record (the attempt has been audited). */
public final class AccessDenied extends RuntimeException {

    public AccessDenied(String reason) {
        super(reason, null, false, false);
    }
}
