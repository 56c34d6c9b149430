package uk.casetrail.command.journey;

/** Presence checks shared by every command: a missing required value is named by its field. */
public final class Required {

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
        return value.strip();
    }

    /** Optional free text: blank means absent; kept as typed otherwise, less surrounding space. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
