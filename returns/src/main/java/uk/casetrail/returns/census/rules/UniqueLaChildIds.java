package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

/** 8510: no two children of one return share an LA child id. */
public final class UniqueLaChildIds extends RepeatedAcrossReturn {

    public UniqueLaChildIds() {
        super("8510", "laChildId", "More than one child record with the same LA Child ID");
    }

    @Override
    String identifier(ReturnedChild child) {
        return child.identifiers().laChildId();
    }
}
