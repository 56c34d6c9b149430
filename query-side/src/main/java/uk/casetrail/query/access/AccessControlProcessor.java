package uk.casetrail.query.access;

/**
 * The subscribing processor that keeps restrictions, break-glass windows and inspection grants: it
 * runs in the transaction that records the event, so access changes the moment it is acknowledged.
 */
public final class AccessControlProcessor {

    public static final String NAME = "access-control";

    private AccessControlProcessor() {
    }
}
