package uk.casetrail.query.reading;

/** The read names a child, case or other record that the read models do not know. */
public final class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
