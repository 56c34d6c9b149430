package uk.casetrail.returns.census.rules;

import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/**
 * 8866: a referral since 1 April 2013 (when the item was introduced) says who made it, with a code of the
 * census's referral source table.
 */
final class ReferralSourceCode extends EpisodeRule {

    private static final LocalDate FIRST_COLLECTED = LocalDate.of(2013, 4, 1);
    private static final CodeSet SOURCES = CodeSet.of(ReferralSource.class);

    ReferralSourceCode() {
        super("8866", "referralSource", "Source of Referral is missing or an invalid code");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralDate() != null && !episode.referralDate().isBefore(FIRST_COLLECTED)
                && !SOURCES.contains(episode.referralSource());
    }
}
