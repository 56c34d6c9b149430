package uk.casetrail.command.journey;

/**
 * A value on a command that cannot be right whatever the state of the case (a date in the future, a
 * repeated census code). It names the field so that a form can show the message beside it.
 */
public final class InvalidEntry extends RuntimeException {

    private final String field;

    public InvalidEntry(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
