package uk.casetrail.command.journey;

/**
 * Presence checks shared by every command: a missing required value is named by its field. Free
 * text is kept as typed but bounded, so that no single entry can swamp the record.
 */
public final class Required {

    /** The longest free text one entry may hold (a long case note fits many times over). */
    public static final int MAX_TEXT = 20_000;

    private Required() {
    }

    public static <T> T value(String field, T value) {
        if (value == null) {
            throw new InvalidEntry(field, field + " is required");
        }
        return value;
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEntry(field, field + " is required");
        }
        return bounded(field, value.strip());
    }

    /** Optional free text: blank means absent; kept as typed otherwise, less surrounding space. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : bounded("text", value.strip());
    }

    public static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : bounded(field, value.strip());
    }

    private static String bounded(String field, String value) {
        if (value.length() > MAX_TEXT) {
            throw new InvalidEntry(field, field + " is longer than " + MAX_TEXT + " characters");
        }
        // A NUL cannot be stored in a PostgreSQL text column: recorded in the log, it would stop every
        // read model that shows the text.
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidEntry(field, field + " contains a NUL character, which cannot be recorded");
        }
        return value;
    }
}
