package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;
import java.util.stream.Stream;

/** 8555: a child is referred on or before their recorded date of death. */
final class ReferralAfterDeath extends AfterDeath {

    ReferralAfterDeath() {
        super("8555", "Child cannot be referred after its recorded date of death");
    }

    @Override
    Stream<LocalDate> dates(ReturnedChild.CinDetails episode) {
        return Stream.of(episode.referralDate());
    }
}
