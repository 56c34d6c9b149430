package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.util.List;

/** A rule about one CIN episode (its assessments, plans, enquiries): broken once per episode at most. */
abstract class EpisodeRule extends CensusRule {

    EpisodeRule(String code, String field, String message) {
        super(code, field, message);
    }

    abstract boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year);

    @Override
    public final List<Breach> check(ReturnedChild child, CensusYear year) {
        return child.episodes().stream().filter(e -> broken(e, child, year)).map(e -> new Breach(e.caseId())).toList();
    }
}
