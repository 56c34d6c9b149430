package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 1510: the first character of a UPN is the check letter over the other twelve (DfE UPN guide). */
final class UpnCheckLetter extends ChildRule {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    UpnCheckLetter() {
        super("1510", "upn", "UPN invalid (wrong check letter at character 1)");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        String upn = child.identifiers().upn();
        // Only a UPN whose other characters are well formed has a check letter to check (1540, 1550 say the rest).
        if (upn == null || !upn.matches("[A-Z]\\d{11}[0-9" + LETTERS + "]")) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c)) * (i + 1);
        }
        return LETTERS.charAt(sum % 23) != upn.charAt(0);
    }
}
