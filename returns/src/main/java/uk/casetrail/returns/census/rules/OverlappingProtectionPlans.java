package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8940: a child protection plan does not start while another of the child's plans runs (to its end, or to the
 * reference date while open). The issue names the episode of the plan that started within the other.
 */
final class OverlappingProtectionPlans extends EpisodeRule {

    OverlappingProtectionPlans() {
        super("8940", "heldOn", "Child Protection Plan data contains overlapping dates");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(plan -> child.episodes().stream()
                .flatMap(e -> e.protectionPlans().stream())
                .anyMatch(other -> other != plan
                        && new Span(other.startDate(), other.endDate()).holds(plan.startDate(), year)));
    }
}
