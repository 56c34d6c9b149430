package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1540: characters 5 to 12 of a UPN are digits. */
final class UpnDigits extends ChildRule {

    UpnDigits() {
        super("1540", "upn", "UPN invalid (characters 5-12 not all numeric)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String upn = child.identifiers().upn();
        return upn != null && (upn.length() < 12 || !upn.substring(4, 12).matches("\\d{8}"));
    }
}
