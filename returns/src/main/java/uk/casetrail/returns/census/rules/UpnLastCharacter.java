package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1550: the 13th character of a UPN is a digit, or one of the check-letter alphabet for a temporary UPN. */
final class UpnLastCharacter extends ChildRule {

    UpnLastCharacter() {
        super("1550", "upn", "UPN invalid (character 13 not a recognised value)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String upn = child.identifiers().upn();
        if (upn == null) {
            return false;
        }
        if (upn.length() != 13) {
            return true;
        }
        char last = upn.charAt(12);
        return !Character.isDigit(last) && UpnCheckLetter.LETTERS.indexOf(last) < 0;
    }
}
