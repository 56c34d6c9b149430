package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 4003: within an episode, no child protection review is held while a child in need plan runs, unless the
 * review ended the protection plan (the CIN plan may start that day).
 */
final class ReviewDuringCinPlan extends EpisodeRule {

    ReviewDuringCinPlan() {
        super("4003", "endedOn", "A CPP review date is shown as being held at the same time as an open CIN "
                + "Plan.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream().anyMatch(plan -> plan.reviewDates().stream()
                .anyMatch(review -> !review.equals(plan.endDate()) && episode.cinPlans().stream()
                        .anyMatch(c -> new Span(c.startDate(), c.endDate()).holdsBeforeEnd(review, year))));
    }
}
