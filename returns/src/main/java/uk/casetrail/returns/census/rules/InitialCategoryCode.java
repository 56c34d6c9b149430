package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

/** 8905: a child protection plan has an initial category of abuse from the census's table. */
final class InitialCategoryCode extends CategoryOfAbuseCode {

    InitialCategoryCode() {
        super("8905", "Initial Category of Abuse code missing or invalid"
                + " (see Category of Abuse table in CIN Census code set)");
    }

    @Override
    String category(ReturnedChild.ProtectionPlan plan) {
        return plan.initialCategory();
    }
}
