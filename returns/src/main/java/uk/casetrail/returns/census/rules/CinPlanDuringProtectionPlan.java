package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 4016: a child in need plan does not start while one of the child's protection plans runs; it may start the
 * day the protection plan ends.
 */
final class CinPlanDuringProtectionPlan extends EpisodeRule {

    CinPlanDuringProtectionPlan() {
        super("4016", "startedOn", "A CIN Plan has been reported as open at the same time as a Child Protection "
                + "Plan.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.cinPlans().stream().anyMatch(plan -> child.episodes().stream()
                .flatMap(e -> e.protectionPlans().stream())
                .anyMatch(p -> new Span(p.startDate(), p.endDate()).holdsBeforeEnd(plan.startDate(), year)));
    }
}
