package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1530: characters 2 to 4 of a UPN are a recognised local authority code. */
final class UpnLaCode extends ChildRule {

    UpnLaCode() {
        super("1530", "upn", "UPN invalid (characters 2-4 not a recognised LA code)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String upn = child.identifiers().upn();
        // A UPN of the wrong length is 1550's; only a whole one has an LA code to look at.
        return upn != null && upn.length() == 13 && !LocalAuthorityCodes.recognised(upn.substring(1, 4));
    }
}
