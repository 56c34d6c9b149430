package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.CensusCode;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of the DfE's code sets, as the platform already keeps it (an enum of the events module), so the
 * rules check a code against the same list the forms and the import accept.
 */
final class CodeSet {

    private final Set<String> codes;

    private CodeSet(Set<String> codes) {
        this.codes = codes;
    }

    static <E extends Enum<E> & CensusCode> CodeSet of(Class<E> codeSet) {
        return new CodeSet(Arrays.stream(codeSet.getEnumConstants()).map(CensusCode::code)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Is the code given and one of the set? */
    boolean contains(String code) {
        return code != null && codes.contains(code);
    }
}
