package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8772: UPN unknown reason UN7 (referral with no further action) only for a child whose every referral was one. */
final class UpnUnknownNoFurtherAction extends ChildRule {

    UpnUnknownNoFurtherAction() {
        super("8772", "upnUnknownReason", "UPN unknown reason is UN7 (Referral with no further action) but at "
                + "least one CIN details is a referral going on to further action");
    }

    @Override
    boolean broken(ReturnedChild child, CensusYear year) {
        return "UN7".equals(child.identifiers().upnUnknown())
                && child.episodes().stream().anyMatch(e -> !e.referralNfa());
    }
}
