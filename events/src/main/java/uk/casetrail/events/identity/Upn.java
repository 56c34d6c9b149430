package uk.casetrail.events.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A unique pupil number: 13 characters, a check letter, the 3-digit local authority code, 8 digits,
 * and a last character that is a digit (or a letter for a temporary UPN). The check letter is the
 * sum of character i (i = 2..13) times weight i, modulo 23, mapped onto {@link #CHECK_LETTERS};
 * letters in the last place count by their position in that same alphabet.
 */
public record Upn(String value) {

    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public Upn {
        value = value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    @JsonCreator
    public static Upn of(String value) {
        return new Upn(value);
    }

    public boolean temporary() {
        return Character.isLetter(value.charAt(12));
    }

    private static String problemWith(String upn) {
        if (upn == null || !upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
            return "a UPN has 13 characters: a check letter, 11 digits and a digit or letter";
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int weight = i + 1;
            int number = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
            if (number < 0) {
                return "'" + c + "' cannot stand at the end of a UPN";
            }
            sum += number * weight;
        }
        if (CHECK_LETTERS.charAt(sum % 23) != upn.charAt(0)) {
            return "the check letter of this UPN is wrong: please check the number as written";
        }
        return null;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
