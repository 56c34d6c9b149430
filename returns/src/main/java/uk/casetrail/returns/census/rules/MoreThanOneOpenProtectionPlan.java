package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.List;

/**
 * 8935: a child has one open child protection plan at most. The issue names each episode holding an open plan
 * that another, later open plan followed, as that is the plan to end.
 */
final class MoreThanOneOpenProtectionPlan extends EpisodeRule {

    MoreThanOneOpenProtectionPlan() {
        super("8935", "heldOn", "This child is showing more than one open Child Protection plan, i.e. with no "
                + "End Date");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        List<ReturnedChild.ProtectionPlan> open = child.episodes().stream().flatMap(e -> e.protectionPlans().stream())
                .filter(p -> p.endDate() == null).toList();
        return episode.protectionPlans().stream().filter(open::contains).anyMatch(plan -> open.stream()
                .anyMatch(other -> other != plan && !(other.startDate() != null && plan.startDate() != null
                        && other.startDate().isBefore(plan.startDate()))));
    }
}
