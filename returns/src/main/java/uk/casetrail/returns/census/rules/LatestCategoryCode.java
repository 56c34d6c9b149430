package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

/** 8910: a child protection plan has a latest category of abuse from the census's table. */
final class LatestCategoryCode extends CategoryOfAbuseCode {

    LatestCategoryCode() {
        super("8910", "Latest Category of Abuse code missing or invalid"
                + " (see Category of Abuse table in CIN Census code set)");
    }

    @Override
    String category(ReturnedChild.ProtectionPlan plan) {
        return plan.latestCategory();
    }
}
