package uk.casetrail.query.access;

/**
 * An access event on its way to the log. The read it records may be computed meanwhile, but its
 * answer leaves only after {@link #awaitDurable()} has returned.
 */
@FunctionalInterface
public interface PendingAudit {

    /** Returns once the access event is durable; throws {@link AuditUnavailable} if it cannot be. */
    void awaitDurable();
}
