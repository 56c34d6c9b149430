package uk.casetrail.query.reading;

/** A query parameter that cannot be honoured (a malformed cursor, a limit out of range). */
public final class InvalidQuery extends RuntimeException {

    private final String parameter;

    public InvalidQuery(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
