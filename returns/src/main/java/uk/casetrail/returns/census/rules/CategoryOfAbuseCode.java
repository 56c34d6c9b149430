package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** A rule that one of a child protection plan's categories of abuse is given, from the census's table. */
abstract class CategoryOfAbuseCode extends EpisodeRule {

    private static final CodeSet CATEGORIES = CodeSet.of(AbuseCategory.class);

    CategoryOfAbuseCode(String code, String message) {
        super(code, "category", message);
    }

    abstract String category(ReturnedChild.ProtectionPlan plan);

    @Override
    final boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(p -> !CATEGORIES.contains(category(p)));
    }
}
