package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule across the children of one return: a child's identifier may not repeat one of an earlier
 * child. It keeps the identifiers seen so far (never the children) while one return is checked, so a
 * fresh one is needed for each return ({@link CensusRules#acrossReturn()}).
 */
public abstract class RepeatedAcrossReturn extends CensusRule {

    private final Set<String> seen = new HashSet<>();

    RepeatedAcrossReturn(String code, String field, String message) {
        super(code, field, message);
    }

    /** The identifier that must not repeat, or null where the child has none. */
    abstract String identifier(ReturnedChild child);

    /** True when this child's identifier was already taken by an earlier child of the return. */
    public boolean repeated(ReturnedChild child) {
        String id = identifier(child);
        return id != null && !seen.add(id);
    }

    @Override
    public List<Breach> check(ReturnedChild child, CensusYear year) {
        return repeated(child) ? List.of(new Breach(null)) : List.of();
    }
}
