package uk.casetrail.query.access;

/** The access event could not be recorded, so the data may not leave. */
public final class AuditUnavailable extends RuntimeException {

    public AuditUnavailable(Throwable cause) {
        super("the access audit is unavailable, so the record cannot be shown; please try again shortly", cause);
    }
}
