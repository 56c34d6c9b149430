package uk.casetrail.app.security;

/**
 * Which header values Spring Security's firewall lets through: assigned characters, and no control
 * character but tab. Spring asks a regular expression of Unicode classes, each time a filter reads a
 * header; a bearer token of some 600 characters is read four times a request, and that was a fifth
 * of the processor time of an HTTP write. The same rule, answered a character at a time.
 */
final class HeaderValues {

    private HeaderValues() {
    }

    static boolean allowed(String value) {
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c >= ' ' && c < 0x7F || c == '\t') {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
