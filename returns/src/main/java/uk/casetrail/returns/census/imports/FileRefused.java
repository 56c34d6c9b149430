package uk.casetrail.returns.census.imports;

/** A census file that cannot be imported: where (line and element) and why. Nothing has been recorded. */
public final class FileRefused extends RuntimeException {

    private final int line;
    private final String element;

    FileRefused(int line, String element, String reason) {
        super("line " + line + (element == null ? "" : ", " + element) + ": " + reason, null, false, false);
        this.line = line;
        this.element = element;
    }

    public int line() {
        return line;
    }

    public String element() {
        return element;
    }
}
