package uk.casetrail.events.codes;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Looks a census code up in its code set, naming the valid codes when it is not there. */
public final class CensusCodes {

    private CensusCodes() {
    }

    public static <E extends Enum<E> & CensusCode> E fromCode(Class<E> codeSet, String code) {
        for (E value : codeSet.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a " + codeSet.getSimpleName()
                + " code; valid codes are " + Arrays.stream(codeSet.getEnumConstants())
                .map(CensusCode::code).collect(Collectors.joining(", ")));
    }
}
