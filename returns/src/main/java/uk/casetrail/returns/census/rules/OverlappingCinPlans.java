package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 4014: a child in need plan does not start while another of the child's CIN plans runs (to its end, or to
 * the reference date while open). The issue names the episode of the plan that started within the other.
 */
final class OverlappingCinPlans extends EpisodeRule {

    OverlappingCinPlans() {
        super("4014", "startedOn", "CIN Plan data contains overlapping dates");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.cinPlans().stream().anyMatch(plan -> child.episodes().stream()
                .flatMap(e -> e.cinPlans().stream())
                .anyMatch(other -> other != plan
                        && new Span(other.startDate(), other.endDate()).holds(plan.startDate(), year)));
    }
}
