package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.Factor;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8897: an assessment completed in the year has one or more factors, each a code of the census's factors table. */
final class FactorsMissing extends EpisodeRule {

    private static final CodeSet FACTORS = CodeSet.of(Factor.class);

    FactorsMissing() {
        super("8897", "factors", "Parental or child factors at assessment information is missing from a "
                + "completed assessment");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.assessments().stream().anyMatch(a -> a.authorisationDate() != null
                && !a.authorisationDate().isBefore(year.start())
                && (a.factors().isEmpty() || !a.factors().stream().allMatch(FACTORS::contains)));
    }
}
