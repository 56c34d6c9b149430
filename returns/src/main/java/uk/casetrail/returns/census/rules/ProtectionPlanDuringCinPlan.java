package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 4017: a child protection plan does not start while one of the child's CIN plans runs; it may start the day
 * the CIN plan ends.
 */
final class ProtectionPlanDuringCinPlan extends EpisodeRule {

    ProtectionPlanDuringCinPlan() {
        super("4017", "heldOn", "A CIN Plan has been reported as open at the same time as a Child Protection "
                + "Plan.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(plan -> child.episodes().stream()
                .flatMap(e -> e.cinPlans().stream())
                .anyMatch(c -> new Span(c.startDate(), c.endDate()).holdsBeforeEnd(plan.startDate(), year)));
    }
}
