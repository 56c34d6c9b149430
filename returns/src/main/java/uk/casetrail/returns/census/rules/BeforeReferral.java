package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** A rule that nothing of one kind on an episode is dated before the episode's referral. */
abstract class BeforeReferral extends EpisodeDatesRule {

    BeforeReferral(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    final boolean outOfPlace(LocalDate date, ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.referralDate() != null && date.isBefore(episode.referralDate());
    }
}
