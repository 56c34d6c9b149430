package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

/** 1520: each pupil's UPN is unique across the children of the return. */
public final class UniqueUpns extends RepeatedAcrossReturn {

    public UniqueUpns() {
        super("1520", "upn", "More than one record with the same UPN");
    }

    @Override
    String identifier(ReturnedChild child) {
        return child.identifiers().upn();
    }
}
