package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

/** 8870Q: the target date of an initial conference is not a Saturday or Sunday. */
final class ConferenceTargetAtWeekend extends EpisodeRule {

    ConferenceTargetAtWeekend() {
        super("8870Q", "heldOn", "Please check: The Target Date for Initial Child Protection Conference should "
                + "not be a weekend");
    }

    @Override
    boolean broken(ReturnedChild.CinDetails episode, ReturnedChild child, CensusYear year) {
        return episode.section47s().stream().map(ReturnedChild.Section47::initialCpcTarget)
                .anyMatch(ConferenceAtWeekend::weekend);
    }
}
