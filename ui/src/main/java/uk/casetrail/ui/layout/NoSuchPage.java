package uk.casetrail.ui.layout;

/** An address that names no page: an unknown form, a malformed id. Shown as a 404. */
public final class NoSuchPage extends RuntimeException {

    public NoSuchPage(String message) {
        super(message, null, false, false);
    }
}
