package uk.casetrail.command.journey;

import uk.casetrail.events.ids.ChildId;

/**
 * The person recording is not one who holds the record: a role alone lets nobody write on a child's
 * case, as it lets nobody read it. Nothing is recorded; the attempt is audited as a refused read is.
 */
public final class NoWriteBasis extends RuntimeException {

    private final transient ChildId child;
    private final String attempted;

    /**
     * @param attempted what the writer tried to record (the command's name), for the audit
     */
    public NoWriteBasis(ChildId child, String attempted, String message) {
        super(message, null, false, false);
        this.child = child;
        this.attempted = attempted;
    }

    public ChildId child() {
        return child;
    }

    public String attempted() {
        return attempted;
    }
}
