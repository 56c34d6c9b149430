package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.util.HashSet;
import java.util.Set;

/**
 * 8510: no two children of one return share an LA child id. The only rule across children, so it
 * keeps the ids seen so far (ids only, never the children) while the return is checked.
 */
public final class UniqueLaChildIds {

    public static final String CODE = "8510";
    public static final String FIELD = "laChildId";
    public static final String MESSAGE = "More than one child record with the same LA Child ID";

    private final Set<String> seen = new HashSet<>();

    /** True when this child's id was already taken by an earlier child of the return. */
    public boolean repeated(ReturnedChild child) {
        String id = child.identifiers().laChildId();
        return id != null && !seen.add(id);
    }
}
