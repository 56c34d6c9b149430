package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1560Q: a former UPN, where given, has the shape of a UPN. */
final class FormerUpnFormat extends ChildRule {

    FormerUpnFormat() {
        super("1560Q", "formerUpn", "Please check: Former UPN wrongly formatted");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String former = child.identifiers().formerUpn();
        return former != null && !former.matches("[A-Z]\\d{11}[0-9A-Z]");
    }
}
