package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8650: a primary need, where given, is a code of the census's primary need table. */
final class PrimaryNeedCode extends EpisodeRule {

    private static final CodeSet NEEDS = CodeSet.of(PrimaryNeed.class);

    PrimaryNeedCode() {
        super("8650", "primaryNeed", "Primary Need Code invalid (see Primary Need table in CIN census code set)");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.primaryNeed() != null && !NEEDS.contains(episode.primaryNeed());
    }
}
