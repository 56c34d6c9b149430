package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.LocalDate;

/** 8606: a referral is at most 40 weeks (a pregnancy) before the child's birth or expected birth. */
final class ReferralLongBeforeBirth extends EpisodeRule {

    ReferralLongBeforeBirth() {
        super("8606", "contactReceivedAt", "Child referral date is more than 40 weeks before DOB or expected DOB");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        LocalDate birth = child.identifiers().birthDate() != null ? child.identifiers().birthDate()
                : child.identifiers().expectedBirthDate();
        return birth != null && episode.referralDate() != null && episode.referralDate().isBefore(birth.minusWeeks(40));
    }
}
