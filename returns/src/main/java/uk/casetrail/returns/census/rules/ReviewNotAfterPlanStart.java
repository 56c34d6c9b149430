package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8841: a plan's review conference comes after the day the plan started. */
final class ReviewNotAfterPlanStart extends EpisodeRule {

    ReviewNotAfterPlanStart() {
        super("8841", "heldOn", "The review date cannot be on the same day or before the Child protection Plan start date.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.protectionPlans().stream()
                .anyMatch(p -> p.reviewDates().stream().anyMatch(r -> !r.isAfter(p.startDate())));
    }
}
