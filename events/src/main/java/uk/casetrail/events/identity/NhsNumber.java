package uk.casetrail.events.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit over the first nine (weights 10 down
 * to 2; a remainder giving 11 means check digit 0, one giving 10 means the number cannot exist).
 * Spaces are accepted on entry, as people copy numbers written "943 476 5919"; they are not kept.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        value = normalise(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    @JsonCreator
    public static NhsNumber of(String value) {
        return new NhsNumber(value);
    }

    public static boolean isValid(String value) {
        return value != null && problemWith(normalise(value)) == null;
    }

    private static String normalise(String value) {
        return value == null ? null : value.replace(" ", "");
    }

    private static String problemWith(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return "an NHS number has 10 digits";
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != digits.charAt(9) - '0') {
            return "the check digit of this NHS number is wrong: please check the number as written";
        }
        return null;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
