package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/**
 * 8899Q: an assessment completed in the year of a child with a disability records a child's disability
 * factor: 5A (learning disability) or 6A (physical disability or illness).
 */
final class DisabilityFactorMissing extends EpisodeRule {

    DisabilityFactorMissing() {
        super("8899Q", "factors", "Please check: A child identified as having a disability does not have a "
                + "disability factor recorded at the end of assessment.");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        boolean disabled = child.characteristics().disabilities().stream().anyMatch(d -> !"NONE".equals(d));
        return disabled && episode.assessments().stream().anyMatch(a -> a.authorisationDate() != null
                && !a.authorisationDate().isBefore(year.start())
                && !a.factors().contains("5A") && !a.factors().contains("6A"));
    }
}
